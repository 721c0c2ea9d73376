import { join } from "node:path";
import type { SourceDefinition } from "../model/index.ts";
import { readYamlFile } from "./yaml.ts";

export async function loadSourceDefinition(root: string, name: string): Promise<SourceDefinition> {
  return readYamlFile<SourceDefinition>(root, join("sources", `${name}.yaml`));
}

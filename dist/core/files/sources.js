import { join } from "node:path";
import { readYamlFile } from "./yaml.js";
export async function loadSourceDefinition(root, name) {
    return readYamlFile(root, join("sources", `${name}.yaml`));
}

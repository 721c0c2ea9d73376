import { join } from "node:path";
import { readYamlFile } from "./yaml.js";
export async function loadReleases(root, workflow) {
    return readYamlFile(root, join("prompts", workflow, "releases.yaml"));
}

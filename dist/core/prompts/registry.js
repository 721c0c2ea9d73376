import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { loadReleases } from "../files/index.js";
import { parsePromptVersion } from "./parse.js";
import { parsePromptRef, versionFromFileName } from "./ref.js";
/** A workflow is a folder under prompts/ with a releases.yaml; other folders (e.g. judges) are not workflows. */
export async function loadPromptRegistry(root) {
    const folders = await readdir(join(root, "prompts"), { withFileTypes: true }).catch(() => []);
    const entries = new Map();
    for (const folder of folders.filter((f) => f.isDirectory()).map((f) => f.name).sort()) {
        const files = await readdir(join(root, "prompts", folder));
        if (!files.includes("releases.yaml"))
            continue;
        entries.set(folder, { releases: await loadReleases(root, folder), ...(await loadVersions(root, folder, files)) });
    }
    return registryOver(entries);
}
async function loadVersions(root, workflow, files) {
    const versions = [];
    const broken = new Map();
    for (const file of files) {
        const number = versionFromFileName(workflow, file);
        if (number === null)
            continue;
        const path = `prompts/${workflow}/${file}`;
        try {
            versions.push(parsePromptVersion(workflow, number, path, await readFile(join(root, path), "utf8")));
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            broken.set(number, error);
        }
    }
    return { versions: versions.sort((a, b) => a.version - b.version), broken };
}
function registryOver(entries) {
    const entry = (workflow) => {
        const found = entries.get(workflow);
        if (!found) {
            const known = [...entries.keys()].join(", ") || "none";
            throw new InputError(`unknown prompt workflow "${workflow}"`, { field: "prompt", hint: `known workflows: ${known}` });
        }
        return found;
    };
    return {
        workflows: () => [...entries.keys()],
        versions: (workflow) => entry(workflow).versions,
        releases: (workflow) => entry(workflow).releases,
        resolve(ref) {
            const { workflow, selector } = parsePromptRef(ref);
            const { releases, versions, broken } = entry(workflow);
            const number = selector === "production" ? releases.production : selector;
            const version = versions.find((v) => v.version === number);
            const parseError = broken.get(number);
            if (parseError)
                throw parseError;
            if (!version) {
                const known = versions.map((v) => v.version).join(", ");
                throw new InputError(`prompt ${workflow} has no version ${number}`, {
                    field: "prompt",
                    hint: `add prompts/${workflow}/${workflow}.v${number}.prompt or pick one of: ${known}`,
                });
            }
            return version;
        },
    };
}

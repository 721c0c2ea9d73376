import { readdir } from "node:fs/promises";
import { readRepoText } from "../files/boundary.ts";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { loadReleases } from "../files/index.ts";
import type { Releases } from "../files/index.ts";
import { parsePromptVersion } from "./parse.ts";
import { parsePromptRef, versionFromFileName } from "./ref.ts";
import type { PromptRegistry, PromptVersion } from "./types.ts";

interface WorkflowEntry {
  releases: Releases;
  versions: PromptVersion[];
  /** Version files that do not parse: only a caller that asks for one of them fails. */
  broken: Map<number, InputError>;
}

/** A workflow is a folder under prompts/ with a releases.yaml; other folders (e.g. judges) are not workflows. */
export async function loadPromptRegistry(root: string): Promise<PromptRegistry> {
  const folders = await readdir(join(root, "prompts"), { withFileTypes: true }).catch(() => []);
  const entries = new Map<string, WorkflowEntry>();
  for (const folder of folders.filter((f) => f.isDirectory()).map((f) => f.name).sort()) {
    const files = await readdir(join(root, "prompts", folder));
    if (!files.includes("releases.yaml")) continue;
    entries.set(folder, { releases: await loadReleases(root, folder), ...(await loadVersions(root, folder, files)) });
  }
  return registryOver(entries);
}

async function loadVersions(root: string, workflow: string, files: string[]): Promise<Pick<WorkflowEntry, "versions" | "broken">> {
  const versions: PromptVersion[] = [];
  const broken = new Map<number, InputError>();
  for (const file of files) {
    const number = versionFromFileName(workflow, file);
    if (number === null) continue;
    const path = `prompts/${workflow}/${file}`;
    try {
      versions.push(parsePromptVersion(workflow, number, path, await readRepoText(root, path)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      broken.set(number, error);
    }
  }
  return { versions: versions.sort((a, b) => a.version - b.version), broken };
}

function registryOver(entries: Map<string, WorkflowEntry>): PromptRegistry {
  const entry = (workflow: string): WorkflowEntry => {
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
      if (parseError) throw parseError;
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

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
  /** Each version file's text, read at load; parsed when first asked for (a suite needs two of them). */
  sources: Map<number, { path: string; text: string }>;
  /** Parsed versions, or the error a version file that does not parse gives: only a caller that asks for it fails. */
  parsed: Map<number, PromptVersion | InputError>;
}

/** A workflow is a folder under prompts/ with a releases.yaml; other folders (e.g. judges) are not workflows. */
export async function loadPromptRegistry(root: string): Promise<PromptRegistry> {
  const folders = await readdir(join(root, "prompts"), { withFileTypes: true }).catch(() => []);
  // Every folder and file is read at once; the entries keep the folders' sorted order, and of two
  // broken folders the first in that order is reported, as when they were read one by one.
  const loaded = await allInOrder(
    folders.filter((f) => f.isDirectory()).map((f) => f.name).sort().map(async (folder): Promise<[string, WorkflowEntry] | null> => {
      const files = await readdir(join(root, "prompts", folder));
      if (!files.includes("releases.yaml")) return null;
      const reading = readVersions(root, folder, files);
      reading.catch(() => undefined); // awaited below, unless releases.yaml fails first (and is the error reported)
      const releases = await loadReleases(root, folder);
      return [folder, { releases, sources: await reading, parsed: new Map() }];
    }),
  );
  return registryOver(new Map(loaded.filter((entry): entry is [string, WorkflowEntry] => entry !== null)));
}

async function readVersions(root: string, workflow: string, files: string[]): Promise<WorkflowEntry["sources"]> {
  const versions = files.flatMap((file) => {
    const number = versionFromFileName(workflow, file);
    return number === null ? [] : [{ number, path: `prompts/${workflow}/${file}` }];
  });
  const texts = await allInOrder(versions.map(({ path }) => readRepoText(root, path)));
  return new Map(versions.map(({ number, path }, index) => [number, { path, text: texts[index] as string }]));
}

/** Promise.all, but of several failures the first in the list is thrown, whichever failed first in time. */
async function allInOrder<T>(promises: Promise<T>[]): Promise<T[]> {
  return (await Promise.allSettled(promises)).map((result) => {
    if (result.status === "rejected") throw result.reason;
    return result.value;
  });
}

function parsedVersion(workflow: string, entry: WorkflowEntry, number: number): PromptVersion | InputError | undefined {
  const known = entry.parsed.get(number);
  if (known) return known;
  const source = entry.sources.get(number);
  if (!source) return undefined;
  let parsed: PromptVersion | InputError;
  try {
    parsed = parsePromptVersion(workflow, number, source.path, source.text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    parsed = error;
  }
  entry.parsed.set(number, parsed);
  return parsed;
}

/** Every version that parses, oldest first. */
function allVersions(workflow: string, entry: WorkflowEntry): PromptVersion[] {
  return [...entry.sources.keys()]
    .sort((a, b) => a - b)
    .map((n) => parsedVersion(workflow, entry, n))
    .filter((v): v is PromptVersion => v !== undefined && !(v instanceof InputError));
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
    versions: (workflow) => allVersions(workflow, entry(workflow)),
    releases: (workflow) => entry(workflow).releases,
    resolve(ref) {
      const { workflow, selector } = parsePromptRef(ref);
      const found = entry(workflow);
      const number = selector === "production" ? found.releases.production : selector;
      const version = parsedVersion(workflow, found, number);
      if (version instanceof InputError) throw version;
      if (!version) {
        const known = allVersions(workflow, found).map((v) => v.version).join(", ");
        throw new InputError(`prompt ${workflow} has no version ${number}`, {
          field: "prompt",
          hint: `add prompts/${workflow}/${workflow}.v${number}.prompt or pick one of: ${known}`,
        });
      }
      return version;
    },
  };
}

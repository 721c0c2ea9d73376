/**
 * The example repository content the end-to-end tests start from: this repository's own prompts,
 * campaigns, policies, sources, datasets and reviewer map, read from the working tree.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONTENT = ["prompts", "campaigns", "policies", "sources", "datasets", "schemas"];

export async function exampleContent(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const folder of CONTENT) {
    for (const path of await walk(join(REPOSITORY_ROOT, folder))) {
      const name = relative(REPOSITORY_ROOT, path);
      // Drafts are generated fresh by the harness, so they always match today's inputs.
      if (name.endsWith("drafts.json") || /\/rendered\//.test(name)) continue;
      files[name] = await readFile(path, "utf8");
    }
  }
  files[".github/copygate-reviewers"] = await readFile(join(REPOSITORY_ROOT, ".github/copygate-reviewers"), "utf8");
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))));
  return nested.flat().sort();
}

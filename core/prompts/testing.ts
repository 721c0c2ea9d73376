import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for tests that read the real example content. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A temporary copy of the repository's content folders, for tests that break files on purpose. */
export async function copyRepoContent(folders = ["prompts", "campaigns", "policies", "sources", "datasets"]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "copygate-"));
  for (const folder of folders) {
    await cp(join(REPO_ROOT, folder), join(root, folder), { recursive: true }).catch(() => undefined);
  }
  return root;
}

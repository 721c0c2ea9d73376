import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The repository root, for tests that read the real example content. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const copies = new Set<string>();
// Registered when a test file imports this module: its copies are removed once the file is done.
afterAll(async () => {
  await Promise.all([...copies].map((root) => rm(root, { recursive: true, force: true })));
  copies.clear();
});

/** A temporary copy of the repository's content folders, for tests that break files on purpose; removed after the test file. */
export async function copyRepoContent(folders = ["prompts", "campaigns", "policies", "sources", "datasets"]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "copygate-"));
  copies.add(root);
  for (const folder of folders) {
    await cp(join(REPO_ROOT, folder), join(root, folder), { recursive: true }).catch(() => undefined);
  }
  return root;
}

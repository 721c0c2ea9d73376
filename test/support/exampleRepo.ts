import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root of this checkout (tests run from anywhere). */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

const CONTENT = ["prompts", "campaigns", "policies", "sources", "datasets", "schemas"];

/** A throwaway copy of the example content, for tests that write drafts, traces or break files. */
export async function copyExampleRepo(): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "copygate-repo-"));
  for (const folder of CONTENT) {
    await cp(join(REPO_ROOT, folder), join(root, folder), { recursive: true }).catch(() => undefined);
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureRepo, type FixtureRepo } from "./fixture-repo.ts";
import { gitText } from "./git-process.ts";

let repo: FixtureRepo;
beforeAll(async () => (repo = await createFixtureRepo({ "a.txt": "a\n" })));
afterAll(() => repo.remove());

describe("git processes of the twin", () => {
  it("work on the twin's repository even when a git hook's GIT_DIR points elsewhere", async () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = "/nonexistent/.git";
    try {
      expect(await gitText(repo.dir, ["rev-parse", "--show-toplevel"])).toMatch(/copygate-twin-/);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it("return undefined for a lookup that finds nothing, and throw naming the command otherwise", async () => {
    expect(await gitText(repo.dir, ["rev-parse", "--verify", "--quiet", "refs/heads/none"], { allowFailure: true })).toBeUndefined();
    await expect(gitText(repo.dir, ["cat-file", "blob", "f".repeat(40)])).rejects.toThrow(/^github twin: git cat-file blob f{40} failed \(128\)/);
  });
});

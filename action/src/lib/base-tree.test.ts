import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkoutBase } from "./base-tree.ts";

let repo: string;
let base: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } }).toString().trim();

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "copygate-base-tree-"));
  git("init", "--quiet", "--initial-branch=main");
  await mkdir(join(repo, "marketing/policies"), { recursive: true });
  await writeFile(join(repo, "marketing/policies/claims.yaml"), "claims: [a, b]\n");
  await writeFile(join(repo, "app.ts"), "export {};\n");
  git("add", ".");
  git("commit", "--quiet", "-m", "base");
  base = git("rev-parse", "HEAD");
  await writeFile(join(repo, "marketing/policies/claims.yaml"), "claims: [a]\n");
  git("commit", "--quiet", "-am", "head");
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("the base commit's files", () => {
  it("are extracted from the checkout's git (only the copygate root) and removed afterwards", async () => {
    const tree = await checkoutBase(repo, base, "marketing");
    if ("unavailable" in tree) throw new Error(tree.unavailable);
    expect(await readFile(join(tree.dir, "marketing/policies/claims.yaml"), "utf8")).toBe("claims: [a, b]\n");
    await expect(readFile(join(tree.dir, "app.ts"), "utf8")).rejects.toThrow();
    await tree.remove();
    await expect(readFile(join(tree.dir, "marketing/policies/claims.yaml"), "utf8")).rejects.toThrow();
  });

  it("say why they cannot be read when the commit is not in a shallow checkout", async () => {
    expect(await checkoutBase(repo, "0".repeat(40), ".")).toEqual({ unavailable: "the base commit 0000000 is not in the checkout (use actions/checkout with fetch-depth: 0)" });
  });
});

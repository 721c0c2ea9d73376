/** Real git repositories for twin tests: made in a temp dir with plain `git` commands. */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runGit } from "./git-process.ts";

const FIXED_IDENTITY = {
  GIT_AUTHOR_NAME: "Copy Writer", GIT_AUTHOR_EMAIL: "writer@example.test",
  GIT_COMMITTER_NAME: "Copy Writer", GIT_COMMITTER_EMAIL: "writer@example.test",
};

export interface FixtureRepo {
  dir: string;
  git(...args: string[]): Promise<string>;
  /** Writes files (null deletes) on `branch` (created from `from` when new) and commits; returns the sha. */
  commit(branch: string, files: Record<string, string | null>, message: string, from?: string): Promise<string>;
  remove(): Promise<void>;
}

export async function createFixtureRepo(files: Record<string, string>): Promise<FixtureRepo> {
  const dir = await mkdtemp(join(tmpdir(), "copygate-twin-"));
  const git = async (...args: string[]) => ((await runGit(dir, args, { env: FIXED_IDENTITY })) ?? Buffer.alloc(0)).toString("utf8").trim();
  await git("init", "--quiet", "--initial-branch=main");
  await git("config", "commit.gpgsign", "false");
  const repo: FixtureRepo = {
    dir,
    git,
    async commit(branch, changes, message, from = "main") {
      const current = await git("rev-parse", "--abbrev-ref", "HEAD").catch(() => "main");
      const exists = (await runGit(dir, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`], { allowFailure: true })) !== undefined;
      if (current !== branch) await git("checkout", "--quiet", ...(exists ? [branch] : ["-b", branch, from]));
      for (const [path, content] of Object.entries(changes)) {
        if (content === null) await git("rm", "--quiet", "--", path);
        else {
          await mkdir(dirname(join(dir, path)), { recursive: true });
          await writeFile(join(dir, path), content);
          await git("add", "--", path);
        }
      }
      await git("commit", "--quiet", "-m", message);
      return git("rev-parse", "HEAD");
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await repo.commit("main", files, "Initial content");
  return repo;
}

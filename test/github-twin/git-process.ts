/** Runs `git` in the twin's repository: the twin never parses .git itself, git stays the authority. */
import { spawn } from "node:child_process";

export interface GitRun {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Exit codes that mean "not found" rather than failure (e.g. rev-parse --verify --quiet). */
  allowFailure?: boolean;
}

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`github twin: git ${args.join(" ")} failed (${code}): ${stderr.trim()}`);
  }
}

// Set inside git hooks; left in place they would point every command at the caller's repository.
const REPOSITORY_OVERRIDES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_PREFIX"];

function gitEnvironment(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", ...extra };
  for (const name of REPOSITORY_OVERRIDES) delete env[name];
  return env;
}

export function runGit(repoDir: string, args: string[], run: GitRun = {}): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: repoDir,
      env: gitEnvironment(run.env),
      stdio: [run.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else if (run.allowFailure) resolve(undefined);
      else reject(new GitCommandError(args, code, Buffer.concat(err).toString("utf8")));
    });
    if (child.stdin) {
      // git may exit before reading all input (e.g. on a bad object); the exit code tells the story.
      child.stdin.on("error", () => undefined);
      child.stdin.end(run.input);
    }
  });
}

export async function gitText(repoDir: string, args: string[], run: GitRun = {}): Promise<string | undefined> {
  const out = await runGit(repoDir, args, run);
  return out?.toString("utf8");
}

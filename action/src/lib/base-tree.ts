/**
 * The base branch's files, to tell failures this pull request introduced from those it inherited.
 * Read from the checkout's own git (actions/checkout with fetch-depth: 0 has the base commit; with
 * a shallow checkout one `git fetch` of the base commit is tried), extracted with `git archive`
 * into a temporary folder that is removed afterwards.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type BaseTree = { dir: string; remove(): Promise<void> } | { unavailable: string };

export async function checkoutBase(workspace: string, baseSha: string, root: string): Promise<BaseTree> {
  if (!(await git(workspace, ["cat-file", "-e", `${baseSha}^{commit}`])).ok) {
    await git(workspace, ["fetch", "--quiet", "--no-tags", "--depth=1", "origin", baseSha]);
    if (!(await git(workspace, ["cat-file", "-e", `${baseSha}^{commit}`])).ok) {
      return { unavailable: `the base commit ${baseSha.slice(0, 7)} is not in the checkout (use actions/checkout with fetch-depth: 0)` };
    }
  }
  const dir = await mkdtemp(join(tmpdir(), "copygate-base-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  const folder = root === "." ? [] : [root.replace(/\/+$/, "")];
  const extracted = await pipeArchive(workspace, baseSha, folder, dir);
  if (!extracted.ok) {
    await remove();
    return { unavailable: `git archive of ${baseSha.slice(0, 7)} failed: ${extracted.stderr.trim().split("\n")[0] ?? "no message"}` };
  }
  return { dir, remove };
}

function git(cwd: string, args: string[]): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("git", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error) => resolve({ ok: false, stderr: error.message }));
    child.on("close", (code) => resolve({ ok: code === 0, stderr }));
  });
}

/** `git archive <sha> [folder] | tar -x -C dir` without a shell. */
function pipeArchive(cwd: string, sha: string, folder: string[], dir: string): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const archive = spawn("git", ["archive", "--format=tar", sha, ...folder], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const tar = spawn("tar", ["-x", "-C", dir], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    archive.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    tar.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    let ok = true;
    const done = (code: number | null) => {
      ok &&= code === 0;
      if (--pending === 0) resolve({ ok, stderr });
    };
    archive.on("error", (error) => { stderr += error.message; done(1); });
    tar.on("error", (error) => { stderr += error.message; done(1); });
    archive.on("close", done);
    tar.on("close", done);
  });
}

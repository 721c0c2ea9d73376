/**
 * Reads and writes the twin's real git repository: commits, trees, blobs, refs, diffs and logs.
 * Objects the API creates are written with hash-object / mktree / commit-tree, so later reads see them.
 */
import { gitText, runGit } from "./git-process.ts";

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface GitCommitData {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface GitTreeEntry {
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  path: string;
  size?: number;
}

export interface ChangedFile {
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  filename: string;
  previousFilename?: string;
  additions: number;
  deletions: number;
  patch?: string;
}

const STATUS_NAMES: Record<string, ChangedFile["status"]> = {
  A: "added", D: "removed", M: "modified", R: "renamed", C: "copied", T: "changed",
};

function parsePerson(line: string): GitPerson {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: "", date: new Date(0).toISOString() };
  const date = new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return { name: m[1] as string, email: m[2] as string, date };
}

export class GitStore {
  constructor(readonly repoDir: string) {}

  /** The commit a ref, branch, tag or sha names, or undefined when it names none. */
  async resolveCommit(name: string): Promise<string | undefined> {
    const out = await gitText(this.repoDir, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`], { allowFailure: true });
    return out?.trim() || undefined;
  }

  async refSha(fullRef: string): Promise<string | undefined> {
    const out = await gitText(this.repoDir, ["rev-parse", "--verify", "--quiet", fullRef], { allowFailure: true });
    return out?.trim() || undefined;
  }

  async objectType(sha: string): Promise<string | undefined> {
    const out = await gitText(this.repoDir, ["cat-file", "-t", sha], { allowFailure: true });
    return out?.trim() || undefined;
  }

  async readCommit(sha: string): Promise<GitCommitData> {
    const raw = (await gitText(this.repoDir, ["cat-file", "commit", sha])) ?? "";
    const split = raw.indexOf("\n\n");
    const headers = raw.slice(0, split).split("\n");
    const value = (key: string) => headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
    return {
      sha,
      tree: value("tree")[0] ?? "",
      parents: value("parent"),
      author: parsePerson(value("author")[0] ?? ""),
      committer: parsePerson(value("committer")[0] ?? ""),
      message: raw.slice(split + 2).replace(/\n$/, ""),
    };
  }

  async listTree(treeish: string, recursive: boolean): Promise<GitTreeEntry[]> {
    const args = ["ls-tree", "-l", "-z", ...(recursive ? ["-r", "-t"] : []), treeish];
    const out = (await gitText(this.repoDir, args)) ?? "";
    return out.split("\0").filter(Boolean).map((line) => {
      const [meta = "", path = ""] = line.split("\t");
      const [mode = "", type = "", sha = "", size = "-"] = meta.split(/\s+/);
      const entry: GitTreeEntry = { mode, type: type as GitTreeEntry["type"], sha, path };
      if (size !== "-") entry.size = Number(size);
      return entry;
    });
  }

  /** The entry at `path` in a commit's tree, or undefined. */
  async entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    if (path === "") {
      const sha = (await gitText(this.repoDir, ["rev-parse", `${commit}^{tree}`]))?.trim() ?? "";
      return { mode: "040000", type: "tree", sha, path: "" };
    }
    const listing = await gitText(this.repoDir, ["ls-tree", "-l", "-z", commit, "--", path]);
    const line = listing?.split("\0").find(Boolean);
    if (!line) return undefined;
    const [meta = "", found = ""] = line.split("\t");
    const [mode = "", type = "", sha = "", size = "-"] = meta.split(/\s+/);
    if (found !== path) return undefined;
    return { mode, type: type as GitTreeEntry["type"], sha, path, ...(size !== "-" ? { size: Number(size) } : {}) };
  }

  async readBlob(sha: string): Promise<Buffer> {
    return (await runGit(this.repoDir, ["cat-file", "blob", sha])) ?? Buffer.alloc(0);
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const out = await gitText(this.repoDir, ["merge-base", a, b], { allowFailure: true });
    return out?.trim() || undefined;
  }

  /** Commits reachable from head but not base, oldest first (GitHub's order for PR commits). */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = (await gitText(this.repoDir, ["log", "--reverse", "--format=%H", `${base}..${head}`])) ?? "";
    return out.split("\n").filter(Boolean);
  }

  async commitCount(base: string, head: string): Promise<number> {
    return (await this.commitsBetween(base, head)).length;
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const names = ((await gitText(this.repoDir, ["diff", "--name-status", "-M", "-z", base, head])) ?? "").split("\0");
    const counts = ((await gitText(this.repoDir, ["diff", "--numstat", "-M", "-z", base, head])) ?? "").split("\0");
    const patches = await this.patches(base, head);
    const files: ChangedFile[] = [];
    for (let i = 0, c = 0; i < names.length && names[i]; ) {
      const code = (names[i] as string)[0] as string;
      const renamed = code === "R" || code === "C";
      const previousFilename = renamed ? names[i + 1] : undefined;
      const filename = (renamed ? names[i + 2] : names[i + 1]) as string;
      i += renamed ? 3 : 2;
      const [add = "0", del = "0"] = (counts[c] ?? "").split("\t");
      c += renamed ? 3 : 1;
      files.push({
        status: STATUS_NAMES[code] ?? "modified",
        filename,
        ...(previousFilename ? { previousFilename } : {}),
        additions: add === "-" ? 0 : Number(add),
        deletions: del === "-" ? 0 : Number(del),
        ...(patches.has(filename) ? { patch: patches.get(filename) } : {}),
      });
    }
    return files;
  }

  /** Hunks per file, as GitHub's `patch` field shows them (from the first "@@"). */
  private async patches(base: string, head: string): Promise<Map<string, string>> {
    const out = (await gitText(this.repoDir, ["diff", "-M", "--no-color", "--no-prefix", base, head])) ?? "";
    const byFile = new Map<string, string>();
    for (const chunk of out.split(/^diff --git /m).slice(1)) {
      const target = /^\+\+\+ (.+)$/m.exec(chunk)?.[1] ?? /^--- (.+)$/m.exec(chunk)?.[1];
      const hunkStart = chunk.indexOf("\n@@");
      if (!target || hunkStart < 0) continue;
      const name = target === "/dev/null" ? (/^--- (.+)$/m.exec(chunk)?.[1] ?? "") : target;
      byFile.set(name, chunk.slice(hunkStart + 1).replace(/\n$/, ""));
    }
    return byFile;
  }

  async writeBlob(content: Buffer): Promise<string> {
    return ((await gitText(this.repoDir, ["hash-object", "-w", "--stdin"], { input: content })) ?? "").trim();
  }

  async writeTree(entries: GitTreeEntry[]): Promise<string> {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}`).join("\0") + (entries.length ? "\0" : "");
    return ((await gitText(this.repoDir, ["mktree", "-z"], { input })) ?? "").trim();
  }

  async writeCommit(data: Omit<GitCommitData, "sha">): Promise<string> {
    const args = ["commit-tree", data.tree, ...data.parents.flatMap((p) => ["-p", p])];
    const env = {
      GIT_AUTHOR_NAME: data.author.name, GIT_AUTHOR_EMAIL: data.author.email, GIT_AUTHOR_DATE: data.author.date,
      GIT_COMMITTER_NAME: data.committer.name, GIT_COMMITTER_EMAIL: data.committer.email, GIT_COMMITTER_DATE: data.committer.date,
    };
    return ((await gitText(this.repoDir, args, { input: data.message, env })) ?? "").trim();
  }

  async setRef(fullRef: string, sha: string): Promise<void> {
    await runGit(this.repoDir, ["update-ref", fullRef, sha]);
  }

  /**
   * Sets the ref only when it still points at `expected` (undefined: only when it does not exist),
   * in one `git update-ref` as GitHub's ref writes are atomic: false when another write got there first.
   */
  async setRefIf(fullRef: string, sha: string, expected: string | undefined): Promise<boolean> {
    const out = await runGit(this.repoDir, ["update-ref", fullRef, sha, expected ?? "0".repeat(40)], { allowFailure: true });
    return out !== undefined;
  }

  /** Every ref under a prefix ("refs/copygate/published/x/"), with the sha it points at, sorted by name. */
  async refsUnder(prefix: string): Promise<Array<{ ref: string; sha: string }>> {
    const out = (await gitText(this.repoDir, ["for-each-ref", "--format=%(refname) %(objectname)", prefix])) ?? "";
    return out.split("\n").filter(Boolean).map((line) => {
      const [ref = "", sha = ""] = line.split(" ");
      return { ref, sha };
    }).filter((r) => r.ref.startsWith(prefix));
  }

  /** The tree of merging head into base, or undefined on a conflict (git merge-tree, git ≥ 2.38). */
  async mergeTree(base: string, head: string): Promise<string | undefined> {
    const out = await gitText(this.repoDir, ["merge-tree", "--write-tree", base, head], { allowFailure: true });
    return out?.split("\n")[0]?.trim() || undefined;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const out = await runGit(this.repoDir, ["merge-base", "--is-ancestor", ancestor, descendant], { allowFailure: true });
    return out !== undefined;
  }
}

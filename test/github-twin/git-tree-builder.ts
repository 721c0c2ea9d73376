/**
 * Builds a tree the way POST /git/trees does with `base_tree`: entries may name nested paths
 * ("prompts/a/v8.prompt"), a null sha deletes, and every changed directory gets a new tree object.
 */
import type { GitStore, GitTreeEntry } from "./git-store.ts";

export interface TreeChange {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  /** undefined together with `content` undefined means: delete the path. */
  sha?: string | null;
  content?: string;
}

interface DirNode {
  files: Map<string, GitTreeEntry>;
  dirs: Map<string, DirNode>;
}

const emptyDir = (): DirNode => ({ files: new Map(), dirs: new Map() });

function dirFor(root: DirNode, parts: string[]): DirNode {
  let node = root;
  for (const part of parts) {
    const next = node.dirs.get(part) ?? emptyDir();
    node.dirs.set(part, next);
    node = next;
  }
  return node;
}

function place(root: DirNode, entry: GitTreeEntry | { path: string; delete: true }): void {
  const parts = entry.path.split("/");
  const name = parts.pop() as string;
  const dir = dirFor(root, parts);
  dir.files.delete(name);
  dir.dirs.delete(name);
  if (!("delete" in entry)) dir.files.set(name, { ...entry, path: name });
}

async function writeDir(store: GitStore, node: DirNode): Promise<string | undefined> {
  const entries: GitTreeEntry[] = [...node.files.values()];
  for (const [name, child] of node.dirs) {
    const sha = await writeDir(store, child);
    if (sha) entries.push({ mode: "040000", type: "tree", sha, path: name });
  }
  // Git has no empty directories except the root tree.
  return entries.length > 0 ? store.writeTree(entries) : undefined;
}

export async function buildTree(store: GitStore, baseTree: string | undefined, changes: TreeChange[]): Promise<string> {
  const root = emptyDir();
  if (baseTree) {
    for (const entry of await store.listTree(baseTree, true)) if (entry.type !== "tree") place(root, entry);
  }
  for (const change of changes) {
    if (change.content !== undefined) {
      const sha = await store.writeBlob(Buffer.from(change.content, "utf8"));
      place(root, { mode: change.mode, type: "blob", sha, path: change.path });
    } else if (change.sha) {
      place(root, { mode: change.mode, type: change.type, sha: change.sha, path: change.path });
    } else {
      place(root, { path: change.path, delete: true });
    }
  }
  return (await writeDir(store, root)) ?? store.writeTree([]);
}

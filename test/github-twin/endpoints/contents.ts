/** Repository contents: a file (base64) or a directory listing at a ref, and create/update a file by commit. */
import { HttpError, notFound } from "../http-error.ts";
import type { GitTreeEntry } from "../git-store.ts";
import { buildTree } from "../git-tree-builder.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { gitCommitObject } from "./git-objects.ts";

const CONTENT_TYPES: Record<string, string> = { blob: "file", tree: "dir", commit: "submodule" };

function entryFields(twin: TwinContext, ref: string, entry: GitTreeEntry, path: string): Record<string, unknown> {
  const type = entry.mode === "120000" ? "symlink" : (CONTENT_TYPES[entry.type] ?? "file");
  const self = `${twin.repoApiUrl}/contents/${encodeURI(path)}?ref=${encodeURIComponent(ref)}`;
  const html = `${twin.repoHtmlUrl}/${type === "dir" ? "tree" : "blob"}/${ref}/${encodeURI(path)}`;
  const git = `${twin.repoApiUrl}/git/${entry.type}s/${entry.sha}`;
  return {
    type, name: path.split("/").pop() ?? path, path, sha: entry.sha, size: entry.size ?? 0, url: self, html_url: html, git_url: git,
    download_url: type === "file" ? `${twin.repoHtmlUrl}/raw/${ref}/${encodeURI(path)}` : null,
    _links: { self, git, html },
  };
}

// GitHub wraps base64 content at 60 characters a line.
const wrapBase64 = (bytes: Buffer): string => (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";

export const contentHandlers: Record<string, Handler> = {
  "repos/get-content": async (request, twin) => {
    const ref = request.query.get("ref") ?? twin.defaultBranch;
    const commit = await twin.git.resolveCommit(ref);
    const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const entry = commit ? await twin.git.entryAt(commit, path) : undefined;
    if (!commit || !entry) throw notFound();
    if (entry.type === "tree") {
      const children = await twin.git.listTree(path === "" ? commit : `${commit}:${path}`, false);
      return json(200, children.map((child) => entryFields(twin, ref, child, path === "" ? child.path : `${path}/${child.path}`)));
    }
    const bytes = await twin.git.readBlob(entry.sha);
    return json(200, fill("content-file", twin.fillContext(), { ...entryFields(twin, ref, entry, path), content: wrapBase64(bytes), encoding: "base64" }));
  },

  "repos/create-or-update-file-contents": async (request, twin) => {
    const input = request.body as { message: string; content: string; sha?: string; branch?: string };
    const branch = input.branch ?? twin.defaultBranch;
    const parent = await twin.git.refSha(`refs/heads/${branch}`);
    if (!parent) throw new HttpError(404, `Branch ${branch} not found`);
    const path = request.params.path ?? "";
    const existing = await twin.git.entryAt(parent, path);
    if (existing && !input.sha) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
    if (existing && input.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${input.sha}`);
    const blob = await twin.git.writeBlob(Buffer.from(input.content, "base64"));
    const tree = await buildTree(twin.git, (await twin.git.readCommit(parent)).tree, [{ path, mode: "100644", type: "blob", sha: blob }]);
    const who = { name: twin.identity.login, email: `${twin.identity.id}+${twin.identity.login}@users.noreply.github.com`, date: twin.state.now() };
    const data = { tree, parents: [parent], author: who, committer: who, message: input.message };
    const sha = await twin.git.writeCommit(data);
    await twin.git.setRef(`refs/heads/${branch}`, sha);
    const entry = (await twin.git.entryAt(sha, path)) as GitTreeEntry;
    return json(existing ? 200 : 201, fill("file-commit", twin.fillContext(), {
      content: entryFields(twin, branch, entry, path), commit: gitCommitObject(twin, { sha, ...data }),
    }));
  },
};

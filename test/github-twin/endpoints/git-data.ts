/**
 * The git database: refs, commits, trees and blobs. Reads come from the repository on disk; creates
 * write real objects (hash-object, mktree, commit-tree, update-ref) so later reads see them.
 */
import { HttpError, notFound, validationFailed } from "../http-error.ts";
import type { GitPerson } from "../git-store.ts";
import { buildTree, type TreeChange } from "../git-tree-builder.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { gitCommitObject, refObject, treeObject } from "./git-objects.ts";

async function existingRef(twin: TwinContext, fullRef: string): Promise<string> {
  const sha = await twin.git.refSha(fullRef);
  if (!sha) throw notFound();
  return sha;
}

async function requireObject(twin: TwinContext, sha: string, type: string): Promise<void> {
  if ((await twin.git.objectType(sha)) !== type) throw new HttpError(422, `Object does not exist: ${sha}`);
}

function person(input: Partial<GitPerson> | undefined, fallback: GitPerson): GitPerson {
  return { name: input?.name ?? fallback.name, email: input?.email ?? fallback.email, date: input?.date ?? fallback.date };
}

export const gitDataHandlers: Record<string, Handler> = {
  "git/get-ref": async (request, twin) => {
    const fullRef = `refs/${request.params.ref}`;
    return json(200, await refObject(twin, fullRef, await existingRef(twin, fullRef)));
  },

  "git/create-ref": async (request, twin) => {
    const { ref, sha } = request.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, "Reference name is invalid");
    if (await twin.git.refSha(ref)) throw new HttpError(422, "Reference already exists");
    if (!(await twin.git.objectType(sha))) throw new HttpError(422, "Object does not exist");
    // Atomic, as on GitHub: of concurrent creates of one ref exactly one succeeds.
    if (!(await twin.git.setRefIf(ref, sha, undefined))) throw new HttpError(422, "Reference already exists");
    return json(201, await refObject(twin, ref, sha), { location: `${twin.repoApiUrl}/git/${ref}` });
  },

  "git/update-ref": async (request, twin) => {
    const fullRef = `refs/${request.params.ref}`;
    const current = await existingRef(twin, fullRef);
    const { sha, force } = request.body as { sha: string; force?: boolean };
    await requireObject(twin, sha, "commit");
    if (!force && !(await twin.git.isAncestor(current, sha))) throw new HttpError(422, "Update is not a fast forward");
    // Compare-and-swap on the sha read above: a concurrent update in between makes this one not a fast forward.
    if (!(await twin.git.setRefIf(fullRef, sha, current))) throw new HttpError(422, "Update is not a fast forward");
    return json(200, await refObject(twin, fullRef, sha));
  },

  "git/get-commit": async (request, twin) => {
    const sha = request.params.commit_sha ?? "";
    if ((await twin.git.objectType(sha)) !== "commit") throw notFound();
    return json(200, gitCommitObject(twin, await twin.git.readCommit(sha)));
  },

  "git/create-commit": async (request, twin) => {
    const input = request.body as { message: string; tree: string; parents?: string[]; author?: Partial<GitPerson>; committer?: Partial<GitPerson> };
    await requireObject(twin, input.tree, "tree");
    for (const parent of input.parents ?? []) await requireObject(twin, parent, "commit");
    const fallback = { name: twin.identity.login, email: `${twin.identity.id}+${twin.identity.login}@users.noreply.github.com`, date: twin.state.now() };
    const author = person(input.author, fallback);
    const data = { tree: input.tree, parents: input.parents ?? [], author, committer: person(input.committer, author), message: input.message };
    const sha = await twin.git.writeCommit(data);
    return json(201, gitCommitObject(twin, { sha, ...data }), { location: `${twin.repoApiUrl}/git/commits/${sha}` });
  },

  "git/get-tree": async (request, twin) => {
    // GitHub accepts a tree sha, a commit sha or a branch name here.
    const treeSha = await twin.git.refSha(`${request.params.tree_sha ?? ""}^{tree}`);
    if (!treeSha) throw notFound();
    const recursive = ["1", "true"].includes(request.query.get("recursive") ?? "");
    return json(200, treeObject(twin, treeSha, await twin.git.listTree(treeSha, recursive)));
  },

  "git/create-tree": async (request, twin) => {
    const input = request.body as { tree: TreeChange[]; base_tree?: string };
    if (input.base_tree && (await twin.git.objectType(input.base_tree)) !== "tree") {
      throw validationFailed([{ resource: "Tree", code: "invalid", field: "base_tree", message: "base_tree is not a valid tree oid" }]);
    }
    const sha = await buildTree(twin.git, input.base_tree, input.tree);
    return json(201, treeObject(twin, sha, await twin.git.listTree(sha, false)), { location: `${twin.repoApiUrl}/git/trees/${sha}` });
  },

  "git/get-blob": async (request, twin) => {
    const sha = request.params.file_sha ?? "";
    if ((await twin.git.objectType(sha)) !== "blob") throw notFound();
    const content = await twin.git.readBlob(sha);
    return json(200, fill("blob", twin.fillContext(), {
      sha, node_id: Buffer.from(`Blob:${sha}`).toString("base64"), url: `${twin.repoApiUrl}/git/blobs/${sha}`,
      size: content.length, content: content.toString("base64"), encoding: "base64",
    }));
  },

  "git/create-blob": async (request, twin) => {
    const input = request.body as { content: string; encoding?: string };
    const bytes = Buffer.from(input.content, input.encoding === "base64" ? "base64" : "utf8");
    const sha = await twin.git.writeBlob(bytes);
    return json(201, { url: `${twin.repoApiUrl}/git/blobs/${sha}`, sha }, { location: `${twin.repoApiUrl}/git/blobs/${sha}` });
  },
};

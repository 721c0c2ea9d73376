import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture("copygate[bot]")));
afterAll(() => f.close());

const repo = { owner: OWNER, repo: REPO };

describe("the git database on the twin", () => {
  it("gets a ref whose slash-separated name spans path segments", async () => {
    await f.repo.git("branch", "copygate/drafts/trial", "main");
    const { data } = await f.octokit.rest.git.getRef({ ...repo, ref: "heads/copygate/drafts/trial" });
    expect(data).toMatchObject({ ref: "refs/heads/copygate/drafts/trial", object: { type: "commit", sha: f.baseSha } });
    await expect(f.octokit.rest.git.getRef({ ...repo, ref: "heads/nope" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });

  it("writes a blob, a nested tree, a commit and a ref that git itself then reads", async () => {
    const blob = await f.octokit.rest.git.createBlob({ ...repo, content: "subject: Your trial ends soon\n", encoding: "utf-8" });
    const tree = await f.octokit.rest.git.createTree({
      ...repo, base_tree: await f.repo.git("rev-parse", "main^{tree}"),
      tree: [
        { path: "drafts/trial/email.yaml", mode: "100644", type: "blob", sha: blob.data.sha },
        { path: "policies/legal.yaml", mode: "100644", type: "blob", sha: null },
      ],
    });
    expect(tree.data.tree.map((e) => e.path).sort()).toEqual(["README.md", "drafts", "prompts"]);
    const commit = await f.octokit.rest.git.createCommit({ ...repo, message: "Regenerate drafts", tree: tree.data.sha, parents: [f.baseSha] });
    expect(commit.data).toMatchObject({ message: "Regenerate drafts", author: { name: "copygate[bot]" }, parents: [{ sha: f.baseSha }] });
    const ref = await f.octokit.rest.git.createRef({ ...repo, ref: "refs/heads/copygate/regenerate-12", sha: commit.data.sha });
    expect(ref.status).toBe(201);
    expect(await f.repo.git("show", "copygate/regenerate-12:drafts/trial/email.yaml")).toBe("subject: Your trial ends soon");
    expect(await f.repo.git("ls-tree", "--name-only", "copygate/regenerate-12", "policies/")).toBe("");
    expect(await f.repo.git("log", "-1", "--format=%an %s", "copygate/regenerate-12")).toBe("copygate[bot] Regenerate drafts");
    f.twin.assertNoViolations();
  });

  it("refuses to create a ref that already exists with 422, the atomic claim", async () => {
    await expect(f.octokit.rest.git.createRef({ ...repo, ref: "refs/heads/main", sha: f.headSha }))
      .rejects.toMatchObject({ status: 422, response: { data: { message: "Reference already exists" } } });
    expect(await f.repo.git("rev-parse", "main")).toBe(f.baseSha);
    f.twin.assertNoViolations();
  });

  it("moves a ref forward, and refuses a rewind unless forced", async () => {
    await f.octokit.rest.git.createRef({ ...repo, ref: "refs/heads/release", sha: f.baseSha });
    const forward = await f.octokit.rest.git.updateRef({ ...repo, ref: "heads/release", sha: f.headSha });
    expect(forward.data.object.sha).toBe(f.headSha);
    await expect(f.octokit.rest.git.updateRef({ ...repo, ref: "heads/release", sha: f.baseSha }))
      .rejects.toMatchObject({ status: 422, response: { data: { message: "Update is not a fast forward" } } });
    await f.octokit.rest.git.updateRef({ ...repo, ref: "heads/release", sha: f.baseSha, force: true });
    expect(await f.repo.git("rev-parse", "release")).toBe(f.baseSha);
    f.twin.assertNoViolations();
  });

  it("reads commits, recursive trees and blobs from the repository", async () => {
    const commit = await f.octokit.rest.git.getCommit({ ...repo, commit_sha: f.headSha });
    expect(commit.data).toMatchObject({ message: "Drop the README", author: { name: "Copy Writer" }, verification: { verified: false } });
    const tree = await f.octokit.rest.git.getTree({ ...repo, tree_sha: commit.data.tree.sha, recursive: "1" });
    const prompt = tree.data.tree.find((e) => e.path === "prompts/trial_expiration_email/v8.prompt");
    expect(prompt).toMatchObject({ type: "blob", mode: "100644", size: 60 });
    const blob = await f.octokit.rest.git.getBlob({ ...repo, file_sha: prompt?.sha ?? "" });
    expect(Buffer.from(blob.data.content, "base64").toString("utf8")).toBe("---\nname: trial_expiration_email\n---\nWrite a shorter email.\n");
    f.twin.assertNoViolations();
  });
});

describe("repository contents on the twin", () => {
  it("returns a file base64-encoded and a directory as a listing, at a ref", async () => {
    const file = await f.octokit.rest.repos.getContent({ ...repo, path: "policies/legal.yaml", ref: "prompt-v8" });
    if (Array.isArray(file.data) || file.data.type !== "file") throw new Error("expected a file");
    expect(Buffer.from(file.data.content, "base64").toString("utf8")).toBe("banned_words: [guarantee, free forever]\n");
    const dir = await f.octokit.rest.repos.getContent({ ...repo, path: "prompts/trial_expiration_email", ref: "prompt-v8" });
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.name, e.type])).toEqual([["v7.prompt", "file"], ["v8.prompt", "file"]]);
    await expect(f.octokit.rest.repos.getContent({ ...repo, path: "README.md", ref: "prompt-v8" })).rejects.toMatchObject({ status: 404 });
    f.twin.assertNoViolations();
  });

  it("creates then updates a file with a commit on the branch, requiring the current sha to update", async () => {
    const content = Buffer.from("name: spring\n").toString("base64");
    const created = await f.octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "campaigns/spring/campaign.yaml", message: "Add spring", content, branch: "prompt-v8" });
    expect(created.status).toBe(201);
    expect(await f.repo.git("show", "prompt-v8:campaigns/spring/campaign.yaml")).toBe("name: spring");
    await expect(f.octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "campaigns/spring/campaign.yaml", message: "x", content, branch: "prompt-v8" }))
      .rejects.toMatchObject({ status: 422 });
    const updated = await f.octokit.rest.repos.createOrUpdateFileContents({
      ...repo, path: "campaigns/spring/campaign.yaml", message: "Rename spring", branch: "prompt-v8",
      content: Buffer.from("name: spring-2026\n").toString("base64"), sha: created.data.content?.sha ?? "",
    });
    expect(updated.status).toBe(200);
    expect(await f.repo.git("log", "-2", "--format=%s", "prompt-v8")).toBe("Rename spring\nAdd spring");
    f.twin.assertNoViolations();
  });
});

/** The GitHub objects many endpoints embed: users, the repository, labels, commits. */
import type { GitCommitData } from "./git-store.ts";
import { fill } from "./schema-fill.ts";
import type { LabelRecord, TwinUser } from "./state.ts";
import type { TwinContext } from "./twin-context.ts";

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString("base64").replace(/=+$/, "");
}

export function simpleUser(twin: TwinContext, user: TwinUser): Record<string, unknown> {
  const api = `${twin.baseUrl}/users/${encodeURIComponent(user.login)}`;
  return fill("simple-user", twin.fillContext(), {
    login: user.login, id: user.id, node_id: nodeId(user.type, user.id), type: user.type, site_admin: false,
    url: api, html_url: `${twin.baseUrl}/${encodeURIComponent(user.login)}`,
    avatar_url: `${twin.baseUrl}/avatars/u/${user.id}`, gravatar_id: "",
    followers_url: `${api}/followers`, repos_url: `${api}/repos`, events_url: `${api}/events{/privacy}`,
  });
}

/** The twin's repository; `fork` gives the fork a pull request from a fork comes from. */
export function repository(twin: TwinContext, fork = false): Record<string, unknown> {
  const owner = fork ? twin.state.user(`${twin.owner}-fork-owner`) : twin.state.user(twin.owner);
  const fullName = `${owner.login}/${twin.repo}`;
  const api = `${twin.baseUrl}/repos/${fullName}`;
  return fill("repository", twin.fillContext(), {
    id: fork ? 2002 : 2001, node_id: nodeId("Repository", fork ? 2002 : 2001), name: twin.repo, full_name: fullName,
    owner: simpleUser(twin, owner), private: false, fork, default_branch: twin.defaultBranch,
    url: api, html_url: `${twin.baseUrl}/${fullName}`, clone_url: `${twin.baseUrl}/${fullName}.git`,
    pulls_url: `${api}/pulls{/number}`, issues_url: `${api}/issues{/number}`, visibility: "public",
    created_at: "2026-01-05T09:00:00Z", updated_at: twin.fillContext().now, pushed_at: twin.fillContext().now,
  });
}

export function label(twin: TwinContext, record: LabelRecord): Record<string, unknown> {
  return fill("label", twin.fillContext(), {
    id: record.id, node_id: nodeId("Label", record.id), name: record.name, color: record.color,
    description: record.description, default: false,
    url: `${twin.repoApiUrl}/labels/${encodeURIComponent(record.name)}`,
  });
}

function gitUser(person: GitCommitData["author"]): Record<string, string> {
  return { name: person.name, email: person.email, date: person.date };
}

/** A commit as REST's "commit" schema shows it (pulls/list-commits, compare). */
export function restCommit(twin: TwinContext, commit: GitCommitData): Record<string, unknown> {
  const url = `${twin.repoApiUrl}/commits/${commit.sha}`;
  return fill("commit", twin.fillContext(commit.committer.date), {
    sha: commit.sha, node_id: nodeId("Commit", commit.sha), url, html_url: `${twin.repoHtmlUrl}/commit/${commit.sha}`,
    comments_url: `${url}/comments`, author: null, committer: null,
    parents: commit.parents.map((sha) => ({ sha, url: `${twin.repoApiUrl}/commits/${sha}`, html_url: `${twin.repoHtmlUrl}/commit/${sha}` })),
    commit: {
      url: `${twin.repoApiUrl}/git/commits/${commit.sha}`, message: commit.message, comment_count: 0,
      author: gitUser(commit.author), committer: gitUser(commit.committer),
      tree: { sha: commit.tree, url: `${twin.repoApiUrl}/git/trees/${commit.tree}` },
    },
  });
}

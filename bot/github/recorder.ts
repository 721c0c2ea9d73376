/**
 * Where a publish is recorded on GitHub: a Deployment per (content, merge commit) in the
 * environment `copygate/<campaign>` with its statuses, a commit status on the merge commit, and
 * comments on the merged pull request. Each is searched for before it is created, so a retry after
 * a crash adds nothing; a comment is also claimed with a ref, so two replicas never both post it.
 */
import { createHash } from "node:crypto";
import type { Recorder } from "../../core/publish/publish-step.ts";
import { hasStatus, type GitHubApi, type RepoRef } from "./api.ts";

export function githubRecorder(octokit: GitHubApi, repo: RepoRef): Recorder {
  return {
    async deployment({ campaign, ledgerKey, mergeCommit, payload }) {
      const environment = `copygate/${campaign}`;
      const { data: existing } = await octokit.rest.repos.listDeployments({ ...repo, sha: mergeCommit, environment, per_page: 100 });
      const found = existing.find((d) => typeof d.payload === "object" && d.payload !== null && (d.payload as Record<string, unknown>).ledger_key === ledgerKey);
      if (found) return found.id;
      const { data } = await octokit.rest.repos.createDeployment({
        ...repo, ref: mergeCommit, environment, auto_merge: false, required_contexts: [], payload, task: "deploy:copygate",
        description: `copygate publish ${ledgerKey}`, production_environment: true, transient_environment: false,
      });
      if (!("id" in data)) throw new Error(`GitHub did not create the deployment for ${ledgerKey}: ${data.message ?? "no reason given"}`);
      return data.id;
    },
    async deploymentStatus(id, state, description, environmentUrl) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo, deployment_id: id, state, description, auto_inactive: false, ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      });
    },
    async commitStatus(sha, campaign, state, description) {
      await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: `copygate/publish: ${campaign}`, description });
    },
    async commentOnce(pullRequest, marker, body) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: pullRequest, per_page: 100 });
      if (comments.some((c) => c.body?.startsWith(marker))) return;
      const claim = `refs/copygate/comments/${pullRequest}/${createHash("sha256").update(marker).digest("hex").slice(0, 16)}`;
      const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${(await defaultBranch(octokit, repo))}` });
      try {
        await octokit.rest.git.createRef({ ...repo, ref: claim, sha: head.object.sha });
      } catch (error) {
        if (hasStatus(error, 422)) return;
        throw error;
      }
      await octokit.rest.issues.createComment({ ...repo, issue_number: pullRequest, body });
    },
  };
}

const branches = new Map<string, string>();

async function defaultBranch(octokit: GitHubApi, repo: RepoRef): Promise<string> {
  const key = `${repo.owner}/${repo.repo}`;
  const known = branches.get(key);
  if (known) return known;
  const { data } = await octokit.rest.repos.get({ ...repo });
  branches.set(key, data.default_branch);
  return data.default_branch;
}

/**
 * push to the default branch and a merged pull_request.closed: both ask for one reconcile of the
 * repository at its newest head, run after the webhook is answered. The ledger makes the second
 * (and every redelivery) a no-op.
 */
import type { Probot } from "probot";
import type { GitHubApi } from "../github/api.ts";
import { installationKnown } from "../github/installation.ts";
import type { Submit } from "../app.ts";
import { reconcileRepository, type BotSettings } from "../reconcile-job.ts";

export function registerPublishHandlers(app: Probot, submit: Submit, settings: BotSettings): void {
  app.on("push", async (context) => {
    const { ref, repository } = context.payload;
    if (ref !== `refs/heads/${repository.default_branch}`) return;
    const repo = { owner: (repository.owner?.login ?? ""), repo: repository.name };
    const octokit = context.octokit as unknown as GitHubApi;
    await submit(`reconcile:${repo.owner}/${repo.repo}`, async () => {
      // Asked after the answer: GitHub's 10 s are for receiving, the token request is work.
      if (await installationKnown(context, settings.log)) await reconcileRepository(octokit, repo, `delivery ${context.id}`, settings);
    });
  });

  app.on("pull_request.closed", async (context) => {
    const { pull_request: pr, repository } = context.payload;
    if (!pr.merged || pr.base.ref !== repository.default_branch) return;
    const repo = { owner: (repository.owner?.login ?? ""), repo: repository.name };
    const octokit = context.octokit as unknown as GitHubApi;
    await submit(`reconcile:${repo.owner}/${repo.repo}`, async () => {
      // Asked after the answer: GitHub's 10 s are for receiving, the token request is work.
      if (await installationKnown(context, settings.log)) await reconcileRepository(octokit, repo, `delivery ${context.id}`, settings);
    });
  });
}

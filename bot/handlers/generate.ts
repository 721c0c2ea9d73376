/**
 * `/copygate generate [campaign-dir…]` on a pull request, and (when `.github/copygate.yml` says
 * `generate.on_pull_request: true`) the same on pull_request opened/synchronize. The webhook is
 * answered at once with a reaction; the generation runs after it, one run per pull request at a time.
 */
import type { Context, Probot } from "probot";
import { parseGenerateCommand } from "../generate/command.ts";
import { refusals, type Who } from "../generate/messages.ts";
import type { Env } from "../generate/model.ts";
import { refreshPullRequestDrafts, type RefreshResult } from "../generate/refresh.ts";
import { PerPullRequestQueue, SeenKeys } from "../generate/serial.ts";
import { acknowledgeComment, replyOnPullRequest } from "../github/reply.ts";
import { readGenerateSettings } from "../github/settings.ts";

export interface GenerateCommandOptions {
  /** The bot's own environment: OPENAI_API_KEY / OPENAI_BASE_URL (and COPYGATE_MODEL, OTEL_*). */
  env: Env;
  /** The clock freshness is judged against; the real (or, for embedded snapshots, the demo) clock when absent. */
  now?: Date;
}

export interface GenerateCommandHandle {
  /** Resolves when every accepted run has replied (tests, graceful shutdown). */
  idle(): Promise<void>;
}

export function registerGenerateCommand(app: Probot, options: GenerateCommandOptions): GenerateCommandHandle {
  const queue = new PerPullRequestQueue();
  const deliveries = new SeenKeys();
  const headsTried = new SeenKeys();

  const start = (context: Context, number: number, who: Who, campaigns: string[], silentWhenCurrent: boolean): void => {
    const repo = context.repo();
    const run = queue.run(`${repo.owner}/${repo.repo}#${number}`, async () => {
      const warn = (message: string) => context.log.warn(message);
      const result = await runSafely(context, { octokit: context.octokit, repo, number, who, campaigns, env: options.env, now: options.now, warn });
      if (silentWhenCurrent && result.nothingToDo) return;
      await replyOnPullRequest(context.octokit, repo, number, result.reply);
    });
    // Runs outlive the webhook: a reply GitHub refused must not become an unhandled rejection.
    run.catch((error: unknown) => context.log.error({ err: error }, `copygate generate: could not reply on #${number}`));
  };

  app.on("issue_comment.created", async (context) => {
    const { comment, issue } = context.payload;
    const command = parseGenerateCommand(comment.body);
    const login = comment.user?.login;
    // Only pull requests have a branch to commit to; bots (this one included) never command it;
    // a redelivered webhook is answered once.
    if (!command || !issue.pull_request || !login || comment.user?.type === "Bot" || login.endsWith("[bot]") || !deliveries.first(context.id)) return;
    // The reaction only acknowledges: the command runs even when it cannot be added.
    await acknowledgeComment(context.octokit, context.repo(), comment.id).catch((error: unknown) => context.log.warn({ err: error }, "copygate generate: could not react to the comment"));
    start(context, issue.number, login, command.campaigns, false);
  });

  app.on(["pull_request.opened", "pull_request.synchronize"], async (context) => {
    const { pull_request: pr, repository, sender } = context.payload;
    // The bot's own commit triggers synchronize too: never answer it, never run on forks.
    if (sender.type === "Bot" || pr.head.repo?.full_name !== repository.full_name) return;
    const settings = await readGenerateSettings(context.octokit, context.repo(), repository.default_branch);
    if (settings.problem) context.log.warn(settings.problem);
    if (!settings.onPullRequest) return;
    if (!headsTried.first(`${repository.full_name}@${pr.head.sha}`)) return;
    start(context, pr.number, null, [], true);
  });

  return { idle: () => queue.idle() };
}

async function runSafely(context: Context, request: Parameters<typeof refreshPullRequestDrafts>[0]): Promise<RefreshResult> {
  try {
    return await refreshPullRequestDrafts(request);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0]!.slice(0, 200);
    context.log.error({ err: error }, "copygate generate failed");
    return { reply: refusals.failed(request.who, message) };
  }
}

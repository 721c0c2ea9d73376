/**
 * The bot's webhook answer time and its publish after: ten deliveries of one merge's push (distinct
 * delivery ids, so every one reaches Probot) sent at once to the real server over HTTP, against the
 * GitHub twin. GitHub gives a receiver 10 s; the publish itself runs after the answer.
 */
import { performance } from "node:perf_hooks";
import { deliverWebhook, pushPayload } from "../test/github-twin/index.ts";
import { DRAFTS, OWNER, REPO, SECRET, startBotScenario, withSubject } from "../test/bot/harness.ts";
import { peakRssMb, type BenchRow } from "./measure.ts";

export async function botWebhookRows(): Promise<BenchRow[]> {
  const s = await startBotScenario();
  try {
    const bot = await s.startBot();
    const drafts = await s.editedDrafts(withSubject("Keep what you built in Lumora"));
    const merged = await s.merge({ number: 5, title: "Sharper subject", files: { [DRAFTS]: drafts }, approvals: [{ user: "lena" }, { user: "bea" }, { user: "leo" }] });
    const payload = pushPayload({ url: s.twin.url, owner: OWNER, repo: REPO, installationId: 7 }, { before: merged.before, after: merged.merge, commits: [{ id: merged.merge, message: "Merge pull request #5", modified: [DRAFTS] }] });
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      const sent = performance.now();
      const result = await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "push", payload, id: `bench-${i}` });
      return { status: result.status, ms: performance.now() - sent };
    }));
    await bot.idle();
    const wallMs = Math.round(performance.now() - started);
    const slowest = Math.round(Math.max(...answers.map((a) => a.ms)));
    const published = (await s.outboxFiles()).length;
    const ok = answers.every((a) => a.status === 200) && published === 1 && s.twin.state.deployments.length === 1;
    return [{
      name: "bot-webhook", calls: answers.length, concurrency: answers.length, latencyMs: 0, wallMs, limitMs: 0,
      simulatorRequests: s.twin.requests.length, peakRssMb: peakRssMb(),
      target: { text: "every delivery answered within GitHub's 10 s; published once", met: ok && slowest < 10_000 },
      note: `slowest answer ${slowest} ms, median ${Math.round([...answers.map((a) => a.ms)].sort((a, b) => a - b)[5] as number)} ms; publish done ${wallMs} ms after the first delivery; ${published} outbox file, ${s.twin.state.deployments.length} deployment; "sim requests" here = GitHub API requests`,
    }];
  } finally {
    await s.close();
  }
}

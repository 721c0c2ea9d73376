/**
 * Approval binds to the merged pull request's head commit: a high-risk campaign publishes nothing
 * without legal's approval of that commit, an approval of an older commit does not count, and the
 * author's own approval never counts. Each says exactly why on the pull request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotServer } from "../../bot/server.ts";
import { listTraces } from "../../core/trace/index.ts";
import { DRAFTS, startBotScenario, withSubject, type BotScenario } from "./harness.ts";

let s: BotScenario;
let bot: BotServer;
beforeAll(async () => {
  s = await startBotScenario();
  bot = await s.startBot();
}, 120_000);
afterAll(async () => {
  await s.close();
});

const comments = (pr: number) => s.twin.state.comments.filter((c) => c.issueNumber === pr).map((c) => c.body.replace(/^<!--.*-->\n/, ""));

async function mergeBlocked(number: number, subject: string, approvals: Array<{ user: string; onOlderCommit?: boolean }>, author?: string) {
  const drafts = await s.editedDrafts(withSubject(subject));
  const merged = await s.merge({ number, title: `Change ${number}`, files: { [DRAFTS]: drafts }, approvals, ...(author ? { author } : {}) });
  await s.deliverMerge(bot, { number, title: `Change ${number}`, ...merged });
  await bot.idle();
  expect(await s.outboxFiles()).toEqual([]);
  expect(s.twin.state.deployments).toEqual([]);
  const statuses = s.twin.state.statuses.filter((st) => st.sha === merged.merge);
  // The push and the pull_request.closed delivery each reconcile: the same failure, never a success.
  expect(statuses.length).toBeGreaterThanOrEqual(1);
  expect(new Set(statuses.map((st) => `${st.context} ${st.state}`))).toEqual(new Set(["copygate/publish: trial-expiration-3d failure"]));
  return merged;
}

describe("approvals bind to the head commit", () => {
  it("a high-risk campaign without legal's approval of the head commit publishes nothing and says why", async () => {
    const merged = await mergeBlocked(21, "Keep what you built in Lumora", [{ user: "lena" }, { user: "bea" }]);
    expect(comments(21)).toEqual([`copygate did not publish \`trial-expiration-3d\`: legal has not approved head ${merged.head.slice(0, 7)}; required for risk high.`]);
    const trace = (await listTraces(s.dataDir)).find((t) => t.inputs.pull_request === "#21");
    expect(trace).toMatchObject({ kind: "publish", publish: { status: "blocked", reason: `legal has not approved head ${merged.head.slice(0, 7)}; required for risk high` }, approval: { status: "rejected" } });
    s.twin.assertNoViolations();
  }, 120_000);

  it("an approval of an older commit of the pull request is not counted", async () => {
    const merged = await mergeBlocked(22, "Your Lumora workspace, kept", [{ user: "lena" }, { user: "bea" }, { user: "leo", onOlderCommit: true }]);
    expect(merged.first).not.toBe(merged.head);
    expect(comments(22)).toEqual([`copygate did not publish \`trial-expiration-3d\`: legal approved ${merged.first.slice(0, 7)}, not head ${merged.head.slice(0, 7)}; required for risk high.`]);
    s.twin.assertNoViolations();
  }, 120_000);

  it("the pull request author's own approval is not counted", async () => {
    const merged = await mergeBlocked(23, "Lumora, after your trial", [{ user: "lena" }, { user: "bea" }, { user: "leo" }], "leo");
    expect(comments(23)).toEqual([`copygate did not publish \`trial-expiration-3d\`: legal's only approval of head ${merged.head.slice(0, 7)} is by the author @leo, which never counts; required for risk high.`]);
    s.twin.assertNoViolations();
  }, 120_000);
});

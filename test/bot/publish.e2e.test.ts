/**
 * Merge → publish once; concurrent redeliveries across two replicas; revert → rollback. One twin
 * and one repository for the file: each test merges the next pull request on top of the last.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTrace, listTraces } from "../../core/trace/index.ts";
import type { BotServer } from "../../bot/server.ts";
import { DRAFTS, readOutbox, startBotScenario, withSubject, type BotScenario, TRIAL_CAMPAIGN } from "./harness.ts";

const ALL_GROUPS = [{ user: "lena" }, { user: "bea" }, { user: "leo" }];
let s: BotScenario;
let bot: BotServer;
const merges: Record<number, { head: string; merge: string; drafts: string }> = {};

beforeAll(async () => {
  s = await startBotScenario();
  bot = await s.startBot();
}, 120_000);
afterAll(async () => {
  await s.close();
});

const hash12 = (drafts: string) => (JSON.parse(drafts) as { content_hash: string }).content_hash.slice(7, 19);
const comments = (pr: number) => s.twin.state.comments.filter((c) => c.issueNumber === pr).map((c) => c.body.replace(/^<!--.*-->\n/, ""));

async function mergeAndDeliver(number: number, title: string, subject: string, from?: string) {
  const drafts = await s.editedDrafts(withSubject(subject), from);
  const merged = await s.merge({ number, title, files: { [DRAFTS]: drafts }, approvals: ALL_GROUPS });
  merges[number] = { ...merged, drafts };
  return { merged, drafts };
}

describe("the bot publishes what was merged", () => {
  it("merge → the drafts published once, one deployment with success, one comment", async () => {
    const { merged, drafts } = await mergeAndDeliver(5, "Sharper subject", "Keep what you built in Lumora");
    const answers = await s.deliverMerge(bot, { number: 5, title: "Sharper subject", ...merged });
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await bot.idle();

    const key = hash12(drafts);
    expect(await s.outboxFiles()).toEqual([`${key}.json`]);
    const published = await readOutbox(s, `${key}.json`);
    expect(published).toMatchObject({ ledger_key: `copygate:trial-expiration-3d:${key}`, mode: "draft", send_at: null });
    expect((published.variants as Array<{ subject: string }>).map((v) => v.subject)).toContain("Keep what you built in Lumora");
    // The committed rendered email is what is published, byte for byte.
    const first = (published.variants as Array<{ audienceKey: string; html: string; text: string }>)[0]!;
    const committed = await s.repo.git("show", `${merged.merge}:${TRIAL_CAMPAIGN}/rendered/${first.audienceKey.replace(":", "-")}.html`);
    expect(first.html.trim()).toBe(committed.trim());

    expect(s.twin.state.deployments).toHaveLength(1);
    const deployment = s.twin.state.deployments[0];
    expect(deployment).toMatchObject({ environment: "copygate/trial-expiration-3d", ref: merged.merge, sha: merged.merge });
    expect(deployment?.payload).toEqual({ campaign: "trial-expiration-3d", content_hash: `sha256:${JSON.parse(drafts).content_hash.slice(7)}`, target: "outbox", ledger_key: `copygate:trial-expiration-3d:${key}`, mode: "draft" });
    expect(deployment?.statuses.map((st) => st.state)).toEqual(["in_progress", "success"]);
    expect(deployment?.statuses[1]).toMatchObject({
      description: `published copygate:trial-expiration-3d:${key} (draft) as outbox:copygate:trial-expiration-3d:${key}`,
      environmentUrl: `file://${s.dataDir}/.copygate/outbox/trial-expiration-3d/${key}.json`,
    });

    expect(comments(5)).toEqual([
      [
        "copygate published `trial-expiration-3d` to outbox as a draft.",
        "",
        `- Content: \`${key}\` from ${merged.merge.slice(0, 7)} (risk high, approved by lifecycle-marketing: @lena, brand: @bea, legal: @leo)`,
        `- Platform: \`outbox:copygate:trial-expiration-3d:${key}\``,
        "- Deployment: copygate/trial-expiration-3d",
      ].join("\n"),
    ]);
    const ref = await s.repo.git("for-each-ref", "--format=%(refname)", "refs/copygate/published/");
    expect(ref).toBe(`refs/copygate/published/trial-expiration-3d/${key}`);

    const [trace] = await listTraces(s.dataDir);
    expect(trace).toMatchObject({ kind: "publish", campaign: "trial-expiration-3d", publish: { status: "published", target: "outbox" }, approval: { status: "approved" } });
    expect(trace?.approval.reviewers).toEqual([expect.stringMatching(/^lifecycle-marketing: @lena at \d{4}-/), expect.stringMatching(/^brand: @bea at /), expect.stringMatching(/^legal: @leo at /)]);
    expect(trace?.inputs).toMatchObject({ pull_request: "#5", merge_commit: merged.merge, head_commit: merged.head });
    expect(await readTrace(s.dataDir, trace?.trace_id as string)).not.toBeNull();
    s.twin.assertNoViolations();
  }, 120_000);

  it("10 concurrent redeliveries to two replicas publish once", async () => {
    const replica = await s.startBot();
    const { merged, drafts } = await mergeAndDeliver(6, "Warmer subject", "Your Lumora workspace, kept");
    const before = { deployments: s.twin.state.deployments.length, files: (await s.outboxFiles()).length };
    const deliveries = Array.from({ length: 10 }, (_, i) => s.deliverMerge(i % 2 === 0 ? bot : replica, { number: 6, title: "Warmer subject", ...merged }, "redelivered-push"));
    const answers = (await Promise.all(deliveries)).flat();
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await Promise.all([bot.idle(), replica.idle()]);

    expect((await s.outboxFiles()).length).toBe(before.files + 1);
    expect(await s.outboxFiles()).toContain(`${hash12(drafts)}.json`);
    expect(s.twin.state.deployments.length).toBe(before.deployments + 1);
    expect(s.twin.state.deployments.at(-1)?.statuses.map((st) => st.state)).toEqual(["in_progress", "success"]);
    expect(comments(6)).toHaveLength(1);
    expect(s.logs.filter((l) => l.includes("already handled")).length).toBeGreaterThanOrEqual(8);
    s.twin.assertNoViolations();
  }, 180_000);

  it("revert → the earlier content published again, the superseded deployment inactive, marked as a rollback", async () => {
    // The revert: #7 puts back exactly the drafts #5 merged.
    const merged = await s.merge({ number: 7, title: 'Revert "Warmer subject"', files: { [DRAFTS]: merges[5]?.drafts as string }, approvals: ALL_GROUPS });
    await s.deliverMerge(bot, { number: 7, title: 'Revert "Warmer subject"', ...merged });
    await bot.idle();

    const key5 = hash12(merges[5]?.drafts as string);
    const key6 = hash12(merges[6]?.drafts as string);
    const deployments = s.twin.state.deployments;
    expect(deployments).toHaveLength(3);
    expect(deployments[2]).toMatchObject({ sha: merged.merge, payload: expect.objectContaining({ ledger_key: `copygate:trial-expiration-3d:${key5}` }) });
    expect(deployments[2]?.statuses.map((st) => [st.state, st.description])).toEqual([
      ["in_progress", `publishing copygate:trial-expiration-3d:${key5} to outbox`],
      ["success", `rolled back to copygate:trial-expiration-3d:${key5} (draft) as outbox:copygate:trial-expiration-3d:${key5}`],
    ]);
    expect(deployments[1]?.statuses.map((st) => st.state)).toEqual(["in_progress", "success", "inactive"]);
    expect(deployments[1]?.statuses.at(-1)?.description).toBe(`superseded by copygate:trial-expiration-3d:${key5}`);
    expect(comments(7)[0]?.split("\n").slice(0, 3)).toEqual([
      "copygate published `trial-expiration-3d` to outbox as a draft.",
      "",
      `Rolled back to ${key5} (published from #5), replacing ${key6}.`,
    ]);
    expect(comments(5).at(-1)).toBe(`copygate: \`trial-expiration-3d\` rolled back to ${key5} (published from #5) by ${merged.merge.slice(0, 7)} (#7).`);
    const traces = await listTraces(s.dataDir);
    expect(traces.filter((t) => t.kind === "rollback").map((t) => [t.publish.status, t.inputs.rollback_from?.slice(7, 19)])).toEqual([["rolled_back", key6]]);
    // Nothing new was created in the outbox: the content of #5 is found by its ledger key.
    expect((await s.outboxFiles()).length).toBe(2);
    s.twin.assertNoViolations();
  }, 120_000);
});

/**
 * The final publish gate: a campaign that schedules with `publish.final_gate: true` is published as
 * a draft only, until a member of the required group comments `/copygate schedule` on the merged
 * pull request. Someone outside the group is told so, and nothing is scheduled.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotServer } from "../../bot/server.ts";
import { copyExampleRepo } from "../support/exampleRepo.ts";
import { generateDraftFiles } from "../action/scenario.ts";
import { deliverWebhook, issueCommentPayload } from "../github-twin/index.ts";
import { OWNER, readOutbox, REPO, SECRET, startBotScenario, TRIAL_CAMPAIGN, type BotScenario } from "./harness.ts";

let s: BotScenario;
let bot: BotServer;
beforeAll(async () => {
  s = await startBotScenario();
  bot = await s.startBot();
}, 120_000);
afterAll(async () => {
  await s.close();
});

const CAMPAIGN_FILE = `${TRIAL_CAMPAIGN}/campaign.yaml`;
const comments = (pr: number) => s.twin.state.comments.filter((c) => c.issueNumber === pr).map((c) => c.body.replace(/^<!--.*-->\n/, ""));

/** campaign.yaml scheduling behind the final gate, and drafts generated for it (as `copygate generate` would). */
async function gatedCampaign(): Promise<Record<string, string>> {
  const copy = await copyExampleRepo();
  try {
    const original = await readFile(join(copy.root, CAMPAIGN_FILE), "utf8");
    const gated = original.replace("publish:\n  target: outbox\n  mode: draft\n", "publish:\n  target: outbox\n  mode: schedule\n  send_at: 2026-12-01T09:00:00Z\n  final_gate: true\n");
    expect(gated).not.toBe(original);
    await writeFile(join(copy.root, CAMPAIGN_FILE), gated);
    return { [CAMPAIGN_FILE]: gated, ...(await generateDraftFiles(copy.root, TRIAL_CAMPAIGN)) };
  } finally {
    await copy.dispose();
  }
}

async function comment(user: string, id: string): Promise<void> {
  const payload = issueCommentPayload({ url: s.twin.url, owner: OWNER, repo: REPO, installationId: 7 }, { issueNumber: 41, body: "/copygate schedule", user });
  expect((await deliverWebhook({ url: bot.webhookUrl, secret: SECRET, event: "issue_comment", payload, id })).status).toBe(200);
  await bot.idle();
}

describe("the final publish gate", () => {
  it("publishes a draft only, and schedules at `/copygate schedule` from the required group", async () => {
    const merged = await s.merge({ number: 41, title: "Schedule the trial email", files: await gatedCampaign(), approvals: [{ user: "lena" }, { user: "bea" }, { user: "leo" }] });
    await s.deliverMerge(bot, { number: 41, title: "Schedule the trial email", ...merged });
    await bot.idle();
    const [file] = await s.outboxFiles();
    const key = (file as string).replace(".json", "");
    expect(await readOutbox(s, file as string)).toMatchObject({ mode: "draft", send_at: null });
    expect(comments(41)[0]?.split("\n")[0]).toBe("copygate published `trial-expiration-3d` to outbox as a draft only: the final publish gate holds the schedule until a member of legal comments `/copygate schedule` on this pull request.");

    await comment("bea", "schedule-by-brand");
    expect(await readOutbox(s, file as string)).toMatchObject({ mode: "draft" });
    expect(comments(41).at(-1)).toBe("copygate did not schedule `trial-expiration-3d`: @bea is not in legal, the group its final publish gate requires.");

    await comment("leo", "schedule-by-legal");
    expect(await readOutbox(s, file as string)).toMatchObject({ mode: "schedule", send_at: "2026-12-01T09:00:00Z" });
    expect(await s.outboxFiles()).toEqual([file]);
    expect(comments(41).at(-1)).toBe(`copygate scheduled \`trial-expiration-3d\` (${key}) in outbox at @leo's \`/copygate schedule\`: \`outbox:copygate:trial-expiration-3d:${key}\`.`);
    expect(s.twin.state.deployments).toHaveLength(1);
    expect(s.twin.state.deployments[0]?.statuses.map((st) => [st.state, st.description])).toEqual([
      ["in_progress", `publishing copygate:trial-expiration-3d:${key} to outbox`],
      ["success", `published copygate:trial-expiration-3d:${key} (draft) as outbox:copygate:trial-expiration-3d:${key}`],
      ["success", `scheduled copygate:trial-expiration-3d:${key} at @leo's request`],
    ]);

    await comment("leo", "schedule-again");
    expect(comments(41).at(-1)).toBe("copygate: nothing from this pull request is waiting for `/copygate schedule`.");
    s.twin.assertNoViolations();
  }, 180_000);
});

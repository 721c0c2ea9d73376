import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as validate } from "../../cli/commands/validate.ts";
import { demoClock } from "../../core/contract/index.ts";
import { checkDraftsCurrent } from "../../core/pipeline/index.ts";
import type { DraftsFile } from "../../core/model/index.ts";
import { branchSha, comment, exportCommit, gitWrites, openPullRequest, removeDir, replies, startGenerateWorld, TRIAL, type GenerateWorld } from "./generate-harness.ts";

let world: GenerateWorld;
let campaignYaml: string;

beforeAll(async () => {
  world = await startGenerateWorld();
  world.twin.state.collaborators.set("octo-marketer", "write");
  world.twin.state.collaborators.set("octo-viewer", "read");
  campaignYaml = await readFile(join(world.repo.dir, TRIAL, "campaign.yaml"), "utf8");
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/** A brief change: the committed drafts are no longer what the brief would produce. */
const briefChange = () => ({ [`${TRIAL}/campaign.yaml`]: campaignYaml.replace("Keep everything you built during the trial", "Keep every dashboard you built during the trial") });

describe("/copygate generate from a write collaborator", () => {
  it("commits the regenerated drafts once, on the head, and they validate and are current", async () => {
    const head = await openPullRequest(world, { number: 21, branch: "brief-keep-dashboards", files: briefChange() });
    const commentId = await comment(world, { number: 21, body: "/copygate generate", user: "octo-marketer" });
    // Acknowledged before the webhook was answered.
    expect(world.twin.state.reactions.filter((r) => r.commentId === commentId).map((r) => [r.content, r.user.login])).toEqual([["eyes", "copygate[bot]"]]);
    await world.handle.idle();

    // One commit through the Git Data API: a blob for drafts.json and each rendered email (4 variants,
    // HTML and text) → tree → commit → fast-forward of the branch.
    expect(gitWrites(world)).toEqual([
      ...Array<string>(9).fill("POST /repos/lumora/marketing/git/blobs"),
      "POST /repos/lumora/marketing/git/trees",
      "POST /repos/lumora/marketing/git/commits",
      "PATCH /repos/lumora/marketing/git/refs/heads%2Fbrief-keep-dashboards",
    ]);
    expect(world.twin.requests.find((r) => r.operationId === "git/update-ref")?.body).toMatchObject({ force: false });
    const newHead = await branchSha(world, "brief-keep-dashboards");
    expect(newHead).not.toBe(head);
    expect(await world.repo.git("rev-parse", `${newHead}^`)).toBe(head);
    expect((await world.repo.git("diff", "--name-only", head, newHead)).split("\n")).toContain(`${TRIAL}/drafts.json`);
    expect(await world.repo.git("log", "-1", "--format=%an%n%B", newHead)).toBe([
      "copygate[bot]",
      `Regenerate drafts: ${TRIAL}`,
      "",
      "Requested by @octo-marketer with /copygate generate on #21.",
      "",
      `- ${TRIAL}: ${TRIAL}/campaign.yaml changed since the drafts were generated`,
    ].join("\n"));

    const tree = await exportCommit(world.repo, newHead);
    try {
      const out: string[] = [];
      const code = await validate([], { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: tree, env: {} });
      expect(out.join(""), "copygate validate on the bot's commit").toMatch(/^ok: \d+ files checked\n$/);
      expect(code).toBe(0);
      const currency = await checkDraftsCurrent({ root: tree, campaignDir: TRIAL, now: await demoClock(tree) });
      expect(currency.status).toBe("current");

      const drafts = JSON.parse(await readFile(join(tree, TRIAL, "drafts.json"), "utf8")) as DraftsFile;
      const cp = drafts.checkpoint;
      const [reply] = replies(world, 21);
      const lines = reply!.split("\n");
      expect(lines.slice(0, 5)).toEqual([
        `@octo-marketer copygate committed new drafts to \`brief-keep-dashboards\` in [${newHead.slice(0, 7)}](${world.twin.url}/lumora/marketing/commit/${newHead}); the checks run again on that commit.`,
        "",
        `**\`${TRIAL}\`** — risk **${cp.risk_level}**, verdict **${cp.verdict}**, reviewers: ${cp.required_reviewers.join(", ")}`,
        `- Decision: ${cp.decision}`,
        `- Regenerated because: ${TRIAL}/campaign.yaml changed since the drafts were generated`,
      ]);
      expect(lines[5]).toMatch(/^- Changed since the previous drafts: (personalized:admin|generic): /);
      expect(lines.slice(6)).toEqual([""]);
      expect(replies(world, 21)).toHaveLength(1);
    } finally {
      await removeDir(tree);
    }
    world.twin.assertNoViolations();
  }, 120_000);
});

/**
 * `copygate publish --reconcile` runs the bot's reconcile once from the CLI (as a re-run after an
 * outage would): --dry-run writes nothing anywhere; without it, what was merged is published once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { DRAFTS, OWNER, REPO, startBotScenario, withSubject, type BotScenario } from "./harness.ts";

let s: BotScenario;
beforeAll(async () => {
  s = await startBotScenario();
}, 120_000);
afterAll(async () => {
  await s.close();
});

async function copygate(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const env = { GITHUB_TOKEN: "ghs_installation_token", GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: s.twin.url, COPYGATE_DATA_DIR: s.dataDir };
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: s.dataDir, env });
  return { code, stdout, stderr };
}

describe("copygate publish --reconcile", () => {
  it("previews with --dry-run, then publishes what was merged once", async () => {
    const drafts = await s.editedDrafts(withSubject("Keep what you built in Lumora"));
    const merged = await s.merge({ number: 51, title: "Sharper subject", files: { [DRAFTS]: drafts }, approvals: [{ user: "lena" }, { user: "bea" }, { user: "leo" }] });
    const key = `copygate:trial-expiration-3d:${(JSON.parse(drafts) as { content_hash: string }).content_hash.slice(7, 19)}`;
    const at = `${OWNER}/${REPO}@${merged.merge.slice(0, 7)}`;

    const dry = await copygate("publish", "--reconcile", "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.code).toBe(0);
    expect(dry.stdout.split("\n")).toEqual([
      "copygate publish --reconcile --dry-run: nothing is written",
      "",
      `${at} paid-search-lumora-trial: no readable drafts.json; nothing to publish`,
      `dry run: would claim the ledger entry ${key}`,
      `dry run: would create a deployment in copygate/trial-expiration-3d for ${key} at ${merged.merge.slice(0, 7)}`,
      `dry run: would publish ${key} to outbox as draft`,
      `dry run: would record ${key} as published`,
      `dry run: would set copygate/publish: trial-expiration-3d success on ${merged.merge.slice(0, 7)}: published ${key} to outbox`,
      "dry run: would comment on #51: copygate published `trial-expiration-3d` to outbox as a draft.",
      `${at} ${key}: would be published to outbox as draft`,
      "",
    ]);
    expect(s.twin.state.deployments).toEqual([]);
    expect(s.twin.state.comments).toEqual([]);
    expect(await s.outboxFiles()).toEqual([]);

    const real = await copygate("publish", "--reconcile");
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`${at} ${key}: published to outbox as draft (created outbox:${key})`);
    expect(s.twin.state.deployments).toHaveLength(1);
    expect(await s.outboxFiles()).toHaveLength(1);

    const again = await copygate("publish", "--reconcile");
    expect(again.stdout).toContain(`${at} ${key}: already published from ${merged.merge.slice(0, 7)}`);
    expect(s.twin.state.deployments).toHaveLength(1);
    expect(s.twin.state.comments.filter((c) => c.issueNumber === 51)).toHaveLength(1);
    s.twin.assertNoViolations();
  }, 180_000);
});

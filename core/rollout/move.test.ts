/**
 * One campaign walked through every stage, as a series of pull requests: offline → internal →
 * shadow → test, then four attempts at test → production on synthetic results (inconclusive, a
 * guardrail failing, a sample-ratio mismatch, a pass), plus a skipped stage and a rollback.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_DIR, REPO_ROOT, tempRepo, type TempRepo } from "../contract/testing/tempRepo.ts";
import type { RolloutStage } from "../model/index.ts";
import { checkStageMove, loadRolloutAnalysis, stageMoveFinding, stageMoveSection } from "./index.ts";

const FILE = `${CAMPAIGN_DIR}/campaign.yaml`;
const HEADER = "prompt_version,content_hash,sends,delivered,clicks,upgrades,unsubscribes,spam_complaints,support_tickets";
const V7 = "sha256:b6be2eb515025bcd8b1197a3179d6867200adf91593f4a5b0a702c4938b27b1a";
const V8 = "sha256:2fd634733f0a331ac6f1e986786df971a6eb2676ac83a696859f1a3757c1ae27";

/** Synthetic per-arm results: production v7 against the candidate v8 on a 10 % test arm. */
const RESULTS = {
  inconclusive: null, // the example campaign's own results.csv
  guardrailFails: [`7,${V7},90000,89000,4800,2225,356,20,120`, `8,${V8},10000,9890,560,330,90,3,14`],
  sampleRatioMismatch: [`7,${V7},88800,87900,4750,2198,352,20,120`, `8,${V8},11200,11080,640,370,44,3,14`],
  pass: [`7,${V7},90000,89100,4810,2228,356,20,120`, `8,${V8},10000,9900,560,330,38,2,13`, `6,sha256:${"0".repeat(64)},500,490,20,9,2,0,1`],
};

let repo: TempRepo;
let exampleText: string;
beforeAll(async () => {
  repo = await tempRepo();
  exampleText = await readFile(join(REPO_ROOT, FILE), "utf8");
  await repo.write(`${CAMPAIGN_DIR}/results.csv`, await readFile(join(REPO_ROOT, CAMPAIGN_DIR, "results.csv"), "utf8"));
});
afterAll(() => repo.cleanup());

const atStage = (stage: RolloutStage) => exampleText.replace(/^ {2}stage: \w+$/m, `  stage: ${stage}`);
const move = (from: RolloutStage | null, to: RolloutStage) =>
  checkStageMove({
    campaign: "trial-expiration-3d",
    file: FILE,
    baseText: from === null ? exampleText.replace(/^rollout:[\s\S]*$/m, "") : atStage(from),
    headText: atStage(to),
    analyze: (criteria) => loadRolloutAnalysis(repo.root, CAMPAIGN_DIR, { criteria }),
  });
const results = (rows: string[]) => repo.write(`${CAMPAIGN_DIR}/results.csv`, `${HEADER}\n${rows.join("\n")}\n`);

describe("moving a campaign through the rollout stages", () => {
  it("starts a new rollout offline and moves it one stage per pull request up to the test", async () => {
    const steps: [RolloutStage | null, RolloutStage][] = [[null, "offline"], ["offline", "internal"], ["internal", "shadow"], ["shadow", "test"]];
    const checks = await Promise.all(steps.map(([from, to]) => move(from, to)));
    expect(checks.map((c) => `${c!.verdict}: ${c!.reason}`)).toEqual([
      "allowed: the rollout starts at offline",
      "allowed: offline → internal, one stage forward",
      "allowed: internal → shadow, one stage forward",
      "allowed: shadow → test, one stage forward",
    ]);
    expect(stageMoveSection(checks[3]!)).toBe("### Rollout `trial-expiration-3d`: shadow → test — allowed\n\nAllowed: shadow → test, one stage forward. Test: a test arm of the audience gets the candidate's drafts.");
    expect(checks.map((c) => stageMoveFinding(c!))).toEqual([null, null, null, null]);
  });

  it("refuses a skipped stage and a new rollout that starts by sending, at the line of rollout.stage", async () => {
    const skipped = await move("internal", "test");
    expect(skipped!.verdict).toBe("blocked");
    expect(stageMoveFinding(skipped!)).toEqual({ path: FILE, line: 82, level: "failure", title: "rollout stage", message: "internal → test is blocked: internal → test skips shadow: move one stage per pull request" });
    expect((await move("offline", "production"))!.reason).toBe("offline → production skips internal and shadow and test: move one stage per pull request");
    expect((await move(null, "test"))!.reason).toBe("a new rollout starts at offline, internal, shadow (none sends to customers); reach test one stage per pull request");
  });

  it("lets a new campaign start at test (a copy of a campaign under test), but not at production", async () => {
    const newCampaign = (to: RolloutStage) => checkStageMove({ campaign: "bulk-001", file: "campaigns/bulk-001/campaign.yaml", baseText: null, headText: atStage(to), analyze: () => Promise.reject(new Error("not read")) });
    expect(await newCampaign("test")).toBeNull();
    const production = (await newCampaign("production"))!;
    expect([production.from, production.verdict, production.reason]).toEqual([null, "blocked", "a new campaign starts at test or earlier: production needs a test's results"]);
  });

  it("always allows a rollback, and reports nothing when the stage stays", async () => {
    expect((await move("production", "shadow"))!.reason).toBe("rollback from production to shadow: always allowed");
    expect(await move("test", "test")).toBeNull();
  });

  it("blocks test → production while the test is inconclusive, saying how many more recipients would settle it", async () => {
    const check = (await move("test", "production"))!;
    expect(check.verdict).toBe("blocked");
    expect(check.analysis!.verdict).toBe("inconclusive");
    expect(check.reason).toBe("the promotion criteria do not pass: inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed");
    expect(stageMoveSection(check)).toBe(`### Rollout \`trial-expiration-3d\`: test → production — blocked

Blocked: the promotion criteria do not pass: inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed. Production: the whole audience gets the candidate's drafts.

**inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed**

Candidate v8 (3,295 sends) against production v7 (29,805 sends), test arm configured at 10 %; results from campaigns/trial-expiration-3d/results.csv.

Sample ratio: χ² = 0.08, p = 0.78: fits.

| Criterion                                                                 | Production | Candidate | Difference (95 % interval)         | p (one-sided) | Verdict                                                     |
| ------------------------------------------------------------------------- | ---------- | --------- | ---------------------------------- | ------------- | ----------------------------------------------------------- |
| Goal: upgrade rate higher than production                                 | 2.50 %     | 3.01 %    | +0.513 pp (-0.053 pp to +1.18 pp)  | 0.051         | inconclusive — about 9,349 more recipients per arm needed   |
| Guardrail: unsubscribe rate no higher than production by more than 0.1 pp | 0.401 %    | 0.461 %   | +0.060 pp (-0.138 pp to +0.365 pp) | 0.37          | inconclusive — about 324,934 more recipients per arm needed |

<details><summary>Every metric</summary>

| Metric              | Production (95 % Wilson)     | Candidate (95 % Wilson)      | Difference (95 % Newcombe)         | Relative lift |
| ------------------- | ---------------------------- | ---------------------------- | ---------------------------------- | ------------- |
| delivery rate       | 98.65 % (98.51 % to 98.77 %) | 98.73 % (98.28 % to 99.06 %) | +0.077 pp (-0.384 pp to +0.435 pp) | +0.1 %        |
| click rate          | 5.40 % (5.15 % to 5.67 %)    | 6.09 % (5.32 % to 6.96 %)    | +0.686 pp (-0.129 pp to +1.60 pp)  | +12.7 %       |
| upgrade rate        | 2.50 % (2.33 % to 2.68 %)    | 3.01 % (2.48 % to 3.66 %)    | +0.513 pp (-0.053 pp to +1.18 pp)  | +20.5 %       |
| unsubscribe rate    | 0.401 % (0.335 % to 0.480 %) | 0.461 % (0.280 % to 0.759 %) | +0.060 pp (-0.138 pp to +0.365 pp) | +14.9 %       |
| spam complaint rate | 0.031 % (0.016 % to 0.058 %) | 0.031 % (0.005 % to 0.174 %) | +0.000 pp (-0.037 pp to +0.144 pp) | +0.4 %        |
| support ticket rate | 0.139 % (0.103 % to 0.189 %) | 0.123 % (0.048 % to 0.316 %) | -0.016 pp (-0.107 pp to +0.180 pp) | -11.8 %       |

</details>`);
  });

  it("blocks test → production when a guardrail is shown to fail, even with the goal met", async () => {
    await results(RESULTS.guardrailFails);
    const check = (await move("test", "production"))!;
    expect(check.verdict).toBe("blocked");
    expect(check.analysis!.criteria.map((c) => c.verdict)).toEqual(["pass", "fail"]);
    expect(check.reason).toBe("the promotion criteria do not pass: fail — unsubscribe rate no higher than production by more than 0.1 pp: shown: higher than production by more than 0.1 pp");
    expect(stageMoveFinding(check)!.message).toBe(`test → production is blocked: ${check.reason}`);
  });

  it("blocks test → production on a sample-ratio mismatch before reading any metric", async () => {
    await results(RESULTS.sampleRatioMismatch);
    const check = (await move("test", "production"))!;
    expect(check.verdict).toBe("blocked");
    expect(check.analysis!.verdict).toBe("blocked");
    expect(check.reason).toBe("the promotion criteria do not pass: blocked — sample-ratio mismatch: the test arm holds 11.20 % of 100,000 sends, configured 10 % (χ² = 160.00, p < 0.0001); fix assignment or delivery before reading any metric");
    expect(stageMoveSection(check)).toContain("Sample ratio: χ² = 160.00, p < 0.0001: MISMATCH (alarm below p = 0.001).");
  });

  it("allows test → production when every criterion is shown on the test's results", async () => {
    await results(RESULTS.pass);
    const check = (await move("test", "production"))!;
    expect(check.verdict).toBe("allowed");
    expect(check.reason).toBe("the promotion criteria pass on the test's results");
    expect(stageMoveFinding(check)).toBeNull();
    expect(stageMoveSection(check).split("\n\n").slice(0, 5).join("\n\n")).toBe(`### Rollout \`trial-expiration-3d\`: test → production — allowed

Allowed: the promotion criteria pass on the test's results. Production: the whole audience gets the candidate's drafts.

**pass — all 2 promotion criteria shown**

Candidate v8 (10,000 sends) against production v7 (90,000 sends), test arm configured at 10 %; results from campaigns/trial-expiration-3d/results.csv. Rows of v6 are neither arm and are left out.

Sample ratio: χ² = 0.00, p = 1.0: fits.`);
  });

  it("judges by the base's criteria, so a pull request cannot loosen a guardrail while promoting", async () => {
    await results(RESULTS.guardrailFails);
    const base = atStage("test");
    const loosened = atStage("production").replace("max_worse_pp: 0.1", "max_worse_pp: 1");
    const check = await checkStageMove({ campaign: "trial-expiration-3d", file: FILE, baseText: base, headText: loosened, analyze: (criteria) => loadRolloutAnalysis(repo.root, CAMPAIGN_DIR, { criteria }) });
    expect(check!.verdict).toBe("blocked");
    expect(check!.analysis!.criteria[1]!.criterion.label).toBe("unsubscribe rate no higher than production by more than 0.1 pp");
  });

  it("blocks a promotion whose results cannot be read, naming the file", async () => {
    await repo.remove(`${CAMPAIGN_DIR}/results.csv`);
    const check = (await move("test", "production"))!;
    expect(check.verdict).toBe("blocked");
    expect(check.reason).toBe("the test's results could not be read: results file campaigns/trial-expiration-3d/results.csv does not exist");
  });
});

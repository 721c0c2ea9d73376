import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { CAMPAIGN_DIR, REPO_ROOT, tempRepo, type TempRepo } from "../../core/contract/testing/tempRepo.ts";
import { run } from "./rollout.ts";

const USAGE = `usage: copygate rollout compare --control X/N --treatment X/N [--margin-pp M] [--goal higher|lower] [--alpha A] [--power P] [--sequential] [--json]
       copygate rollout analyze <campaign-dir> [--json | --format text|markdown|json]
       copygate rollout shadow <campaign-dir> [--out report.md] [--now ISO]
       copygate rollout assign <campaign-dir> [--out arms.jsonl] [--now ISO]
`;

let repo: TempRepo;
beforeEach(async () => {
  repo = await tempRepo();
  await repo.write(`${CAMPAIGN_DIR}/results.csv`, await readFile(join(REPO_ROOT, CAMPAIGN_DIR, "results.csv"), "utf8"));
});
afterEach(() => repo.cleanup());

async function rollout(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.root, env: {} });
  return { code, stdout, stderr };
}

describe("copygate rollout compare", () => {
  it("prints both rates, the difference, the test and the sample size; exit 1 when inconclusive", async () => {
    const { code, stdout } = await rollout("compare", "--control", "3/9000", "--treatment", "1/1000", "--goal", "lower", "--margin-pp", "0.1");
    expect(stdout).toBe(`Control:    3 / 9,000 = 0.033 % (95 % Wilson 0.011 % to 0.098 %)
Treatment:  1 / 1,000 = 0.100 % (95 % Wilson 0.018 % to 0.564 %)
Difference: +0.067 pp (95 % Newcombe -0.038 pp to +0.531 pp), relative lift +200.0 %
z = 0.655, two-sided p = 0.51
Test:       non-inferiority, lower is better — treatment no higher than control by more than 0.1 pp, α = 0.05 one-sided: p = 0.37
Sample size: 74,129 per arm for 80 % power at the observed rates
Verdict:    inconclusive — about 73,129 more recipients per arm needed
`);
    expect(code).toBe(1);
  });

  it("gives the JSON fields a marketer's spreadsheet expects; exit 0 on a pass", async () => {
    const { code, stdout } = await rollout("compare", "--control", "2,250/90,000", "--treatment", "290/10000", "--json");
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["rate_control", "rate_treatment", "diff", "wilson_control", "wilson_treatment", "newcombe", "z", "p_two_sided", "p_one_sided", "verdict", "needed_per_arm"]));
    expect(json).toMatchObject({ rate_control: 0.025, rate_treatment: 0.029, verdict: "pass", needed_per_arm: 20_300 });
    expect((json.p_one_sided as number).toFixed(8)).toBe("0.01140135");
    expect(code).toBe(0);
  });

  it("reads the always-valid interval with --sequential and is more cautious", async () => {
    const { code, stdout } = await rollout("compare", "--control", "2250/90000", "--treatment", "290/10000", "--sequential");
    expect(stdout.split("\n").slice(5)).toEqual([
      "Always-valid interval: -0.186 pp to +0.986 pp (confidence sequence, tuning 5000)",
      "Sample size: 20,300 per arm for 80 % power at the observed rates (fixed-horizon estimate; a confidence sequence needs more)",
      "Verdict:    inconclusive — about 10,300 more recipients per arm needed",
      "",
    ]);
    expect(code).toBe(1);
  });

  it("refuses malformed counts and options with a line saying what is expected", async () => {
    expect(await rollout("compare", "--control", "5/0", "--treatment", "1/2")).toEqual({ code: 2, stdout: "", stderr: `copygate rollout compare: --control "5/0": the total must be at least 1\n${USAGE}` });
    expect((await rollout("compare", "--control", "2/1", "--treatment", "1/2")).stderr).toBe(`copygate rollout compare: --control "2/1": successes exceed the total\n${USAGE}`);
    expect((await rollout("compare", "--control", "1/2", "--treatment", "1/2", "--alpha", "2")).stderr).toBe(`copygate rollout compare: --alpha must be a number between 0 and 0.5 (found "2")\n${USAGE}`);
    expect((await rollout("compare", "--treatment", "1/2")).stderr).toBe(`copygate rollout compare: --control is required, as successes/total (e.g. 38/9412)\n${USAGE}`);
    expect((await rollout("compare", "--control", "1/2", "--treatment", "1/2", "--goal", "up")).stderr).toBe(`copygate rollout compare: --goal must be higher or lower (found "up")\n${USAGE}`);
    expect(await rollout("launch")).toEqual({ code: 2, stdout: "", stderr: `copygate rollout: unknown subcommand "launch"\n${USAGE}` });
  });
});

describe("copygate rollout analyze", () => {
  it("prints the example test's verdict, criteria and every metric; exit 1 while inconclusive", async () => {
    const { code, stdout } = await rollout("analyze", CAMPAIGN_DIR);
    expect(stdout).toBe(`Rollout trial-expiration-3d: inconclusive — upgrade rate higher than production: about 9,349 more recipients per arm needed
Candidate v8 (3,295 sends) against production v7 (29,805 sends), test arm configured at 10 %; results from campaigns/trial-expiration-3d/results.csv.
Sample ratio: χ² = 0.08, p = 0.78: fits.

Promotion criteria:
  Goal: upgrade rate higher than production
    production 2.50 % · candidate 3.01 % · difference +0.513 pp (-0.053 pp to +1.18 pp) · p 0.051
    inconclusive — about 9,349 more recipients per arm needed
  Guardrail: unsubscribe rate no higher than production by more than 0.1 pp
    production 0.401 % · candidate 0.461 % · difference +0.060 pp (-0.138 pp to +0.365 pp) · p 0.37
    inconclusive — about 324,934 more recipients per arm needed

Every metric (95 % intervals):
  delivery rate: production 98.65 % (98.51 % to 98.77 %) · candidate 98.73 % (98.28 % to 99.06 %) · difference +0.077 pp (-0.384 pp to +0.435 pp) · lift +0.1 %
  click rate: production 5.40 % (5.15 % to 5.67 %) · candidate 6.09 % (5.32 % to 6.96 %) · difference +0.686 pp (-0.129 pp to +1.60 pp) · lift +12.7 %
  upgrade rate: production 2.50 % (2.33 % to 2.68 %) · candidate 3.01 % (2.48 % to 3.66 %) · difference +0.513 pp (-0.053 pp to +1.18 pp) · lift +20.5 %
  unsubscribe rate: production 0.401 % (0.335 % to 0.480 %) · candidate 0.461 % (0.280 % to 0.759 %) · difference +0.060 pp (-0.138 pp to +0.365 pp) · lift +14.9 %
  spam complaint rate: production 0.031 % (0.016 % to 0.058 %) · candidate 0.031 % (0.005 % to 0.174 %) · difference +0.000 pp (-0.037 pp to +0.144 pp) · lift +0.4 %
  support ticket rate: production 0.139 % (0.103 % to 0.189 %) · candidate 0.123 % (0.048 % to 0.316 %) · difference -0.016 pp (-0.107 pp to +0.180 pp) · lift -11.8 %
`);
    expect(code).toBe(1);
  });

  it("gives the analysis as JSON with each criterion's statistics", async () => {
    const { stdout } = await rollout("analyze", CAMPAIGN_DIR, "--json");
    const json = JSON.parse(stdout) as { verdict: string; criteria: { metric: string; verdict: string; needed_per_arm: number }[]; sample_ratio: { mismatch: boolean } };
    expect(json.verdict).toBe("inconclusive");
    expect(json.sample_ratio.mismatch).toBe(false);
    expect(json.criteria.map((c) => [c.metric, c.verdict, c.needed_per_arm])).toEqual([["upgrade_rate", "inconclusive", 12_602], ["unsubscribe_rate", "inconclusive", 328_187]]);
  });

  it("says which file is missing when the campaign has no results yet", async () => {
    await repo.remove(`${CAMPAIGN_DIR}/results.csv`);
    await expect(rollout("analyze", CAMPAIGN_DIR)).rejects.toThrow("results file campaigns/trial-expiration-3d/results.csv does not exist");
  });
});

describe("copygate rollout shadow", () => {
  it("generates the candidate beside the sent copy, writes the report and publishes nothing", async () => {
    await repo.write(`${CAMPAIGN_DIR}/sent.json`, await readFile(join(REPO_ROOT, CAMPAIGN_DIR, "sent.json"), "utf8"));
    const { code, stdout, stderr } = await rollout("shadow", CAMPAIGN_DIR, "--out", "shadow.md");
    expect(stderr).toBe("");
    expect(stdout).toBe("wrote shadow.md: 4 audiences, candidate v8 beside the sent copy (nothing published)\n");
    expect(code).toBe(0);
    const report = await readFile(join(repo.root, "shadow.md"), "utf8");
    expect(report.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "## Shadow: `trial-expiration-3d` — candidate v8 beside the copy sent with production v7",
      "### Audience `generic`",
      "### Audience `personalized:admin`",
      "### Audience `personalized:analyst` (sent: the `generic` copy)",
      "### Audience `personalized:viewer` (sent: the `generic` copy)",
    ]);
    expect(report).toContain("the candidate's drafts from model endpoint: copygate's bundled simulator (no OPENAI_API_KEY set)");
    await expect(access(join(repo.root, CAMPAIGN_DIR, "drafts.json"))).rejects.toThrow();
  });

  it("says where the sent copy was expected when there is none", async () => {
    await expect(rollout("shadow", CAMPAIGN_DIR)).rejects.toThrow("sent copy file campaigns/trial-expiration-3d/sent.json does not exist");
  });
});

describe("copygate rollout assign", () => {
  it("splits the screened audience by hash and keeps those the contract excludes out", async () => {
    const { code, stdout } = await rollout("assign", CAMPAIGN_DIR, "--out", "arms.jsonl");
    expect(stdout).toBe(`Assignment: trial-expiration-3d at stage test (salt "trial-expiration-3d", test arm 10 %)
  test arm, candidate v8: 42 recipients (12.69 %)
  production arm, production v7: 289 recipients
  left out, no arm: 69 recipients (opted_out 35, contradicts_plan_name 5, consent_unknown 25, contradicts_trial_ends_at 4)
wrote arms.jsonl: 331 recipients
`);
    expect(code).toBe(0);
    const lines = (await readFile(join(repo.root, "arms.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { recipient_id: string; arm: string; prompt_version: number });
    expect(lines).toHaveLength(331);
    expect(lines.filter((l) => l.arm === "test").every((l) => l.prompt_version === 8)).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/@/);
  });
});

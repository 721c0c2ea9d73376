import { describe, expect, it } from "vitest";
import { formatResults } from "./format.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { buildReport } from "./report.ts";
import { fakeResults, scriptedCase } from "./fakes.test-support.ts";

const scenario = [
  scriptedCase("brief_001", 0, {}, "accept"),
  scriptedCase("brief_002", 1, { v8: { grounding: "fail", judge_reviewer: "warn" } }, "accept"),
  scriptedCase("brief_003", 2, { v7: { subject_length: "fail", judge_reviewer: "warn" } }, "reject"),
  scriptedCase("brief_004", 3, { v8: { error: "generate" } }, "accept"),
];

describe("the text report", () => {
  it("has the layout of the issue: results, business proxies, decision with reasons, case changes", async () => {
    const text = formatResults(await fakeResults(scenario), "text");
    expect(text).toBe(`Eval suite: trial_expiration_email_eval
Dataset: 4 historical campaign briefs
Candidate prompt: v8
Baseline prompt: v7
Automated results:
- JSON validity: 3/4 pass [30.1–95.4%] (baseline 4/4 [51–100%])
- Unsupported claims: 2/3 pass [20.8–93.9%] (baseline 4/4 [51–100%])
- Legal restricted terms: 3/3 pass [43.9–100%] (baseline 4/4 [51–100%])
- Subject line length: 3/3 pass [43.9–100%] (baseline 3/4 [30.1–95.4%])
- Answers: 3/4 valid first time, 1 without valid JSON (baseline 4/4 valid first time)
Business proxy tests:
- Reviewer acceptance: 66.7 percent [20.8–93.9%] vs 75 percent [30.1–95.4%] baseline; judge agrees with the recorded reviewer decisions on 4/4 baseline runs (100 percent)
Decision:
Do not promote v8: 3 of 4 promotion criteria do not hold.
- not met: JSON validity above 99 percent; observed 75 percent (3 of 4 runs passed), 95% interval 30.1–95.4 percent
- not met: Unsupported claims below 0.5 percent; observed 33.3 percent (1 of 3 runs failed), 95% interval 6.1–79.2 percent
- met: Legal restricted-term failures 0; observed 0 percent (0 of 3 runs failed), 95% interval 0–56.1 percent
- not met, inconclusive: Reviewer acceptance above 90 percent; observed 66.7 percent (2 of 3 runs passed), 95% interval 20.8–93.9 percent
Regressed cases (pass on baseline, fail on candidate): 2
- brief_002: failing on candidate: grounding, judge_reviewer
- brief_004: failing on candidate: no output (generate error)
Improved cases (fail on baseline, pass on candidate): 1
- brief_003: failing on baseline: subject_length, judge_reviewer
Errors (runs that ended without output; those without valid JSON count against JSON validity, those lost to the endpoint count nowhere and block the decision): 1
- brief_004 candidate run 1 (generate): the answer is not valid JSON, twice
Provenance: generation gen-model at models.example:8443 · judge judge-model · dataset datasets/trial_expiration_email/historical_briefs.jsonl (sha256 dataset) · copygate 0.1.0
`);
  });

  it("counts first answers for JSON validity, says how the others were got, and decides nothing when the endpoint lost runs", async () => {
    const cases = [
      scriptedCase("a", 0),
      scriptedCase("b", 1, { v8: { answer: "repaired" } }),
      scriptedCase("c", 2, { v8: { error: "endpoint" } }),
      scriptedCase("d", 3),
    ];
    const text = formatResults(await fakeResults(cases, { judge: false }), "text");
    expect(text).toContain("- JSON validity: 2/3 pass [20.8–93.9%] (baseline 4/4 [51–100%])\n");
    expect(text).toContain("- Answers: 2/4 valid first time, 1 repaired, 1 lost to the endpoint (baseline 4/4 valid first time)\n");
    expect(text).toContain(
      "Decision:\nDo not promote v8: 1 run ended without an answer because of the model endpoint, so the comparison is incomplete; fix the endpoint and run again.\n",
    );
    expect(text).toContain(
      "- c candidate run 1 (generate, endpoint): cannot reach the model endpoint api.example.com (connection refused (ECONNREFUSED)); check OPENAI_BASE_URL\n",
    );
  });

  it("says reviewer acceptance was skipped without a judge model, and will not promote on it", async () => {
    const clean = [scriptedCase("a", 0), scriptedCase("b", 1)];
    const text = formatResults(await fakeResults(clean, { judge: false }), "text");
    expect(text).toContain("- Reviewer acceptance: skipped: no judge model\n");
    expect(text).toContain(`Decision:
Do not promote v8: 1 of 4 promotion criteria do not hold; 2 more are inconclusive.
- met as observed, inconclusive: JSON validity above 99 percent; observed 100 percent (2 of 2 runs passed), 95% interval 34.2–100 percent
- met as observed, inconclusive: Unsupported claims below 0.5 percent; observed 0 percent (0 of 2 runs failed), 95% interval 0–65.8 percent
- met: Legal restricted-term failures 0; observed 0 percent (0 of 2 runs failed), 95% interval 0–65.8 percent
- not measured: Reviewer acceptance above 90 percent; skipped: no judge model; it cannot be shown to hold
`);
  });

  it("never promotes on a criterion met as observed but inconclusive: 'not yet', with the cases that would tell", async () => {
    const clean = Array.from({ length: 3 }, (_, i) => scriptedCase(`c${i}`, i));
    const criteria = [{ metric: "json_validity", op: ">=" as const, value: 0.5, label: "JSON validity at least 50 percent" }];
    const results = await fakeResults(clean, { criteria });
    expect(buildReport(results).decision).toEqual({ verdict: "not_yet", promote: false, blocking: ["JSON validity at least 50 percent"], inconclusive: ["JSON validity at least 50 percent"], runsNeeded: 4 });
    expect(formatResults(results, "text")).toContain(`Decision:
Not yet: 1 criterion is inconclusive on 3 cases — run with --repeat or a larger dataset (about 4 cases needed).
- met as observed, inconclusive: JSON validity at least 50 percent; observed 100 percent (3 of 3 runs passed), 95% interval 43.9–100 percent
Regressed cases (pass on baseline, fail on candidate): none
Improved cases (fail on baseline, pass on candidate): none
`);
    expect(formatResults(results, "markdown")).toContain("**Decision:** ⏳ Not yet: 1 criterion is inconclusive on 3 cases");
    expect(formatResults(results, "markdown")).not.toContain("Promote");
  });

  it("promotes when every criterion holds with its interval clear of the threshold", async () => {
    const clean = Array.from({ length: 10 }, (_, i) => scriptedCase(`c${i}`, i));
    const criteria = [{ metric: "json_validity", op: ">=" as const, value: 0.5, label: "JSON validity at least 50 percent" }];
    const results = await fakeResults(clean, { criteria });
    expect(buildReport(results).decision).toEqual({ verdict: "promote", promote: true, blocking: [], inconclusive: [], runsNeeded: null });
    expect(formatResults(results, "text")).toContain(`Decision:
Promote v8: all 1 promotion criteria are met.
- met: JSON validity at least 50 percent; observed 100 percent (10 of 10 runs passed), 95% interval 72.2–100 percent
`);
  });

  it("shows per-case pass rates with --repeat", async () => {
    const cases = [scriptedCase("a", 0), scriptedCase("b", 1, { v8: { grounding: "fail" } })];
    const results = await fakeResults(cases, { repeat: 2 });
    results.cases[0]!.candidate[1] = { ok: false, stage: "generate", error: "timeout after 60000 ms" };
    const text = formatResults(results, "text");
    expect(text).toContain("Runs per case: 2\n");
    expect(text).toContain(`Regressed cases (pass on baseline, fail on candidate): 2
- a (candidate 1/2, baseline 2/2): failing on candidate: no output (generate error)
- b (candidate 0/2, baseline 2/2): failing on candidate: grounding
Improved cases (fail on baseline, pass on candidate): none
Per-case pass rates (cases whose runs disagree): 1
- a (candidate 1/2, baseline 2/2): failing on candidate: no output (generate error)
`);
  });
});

describe("the markdown report", () => {
  it("renders tables for the PR comment", async () => {
    const markdown = formatResults(await fakeResults(scenario), "markdown");
    expect(markdown).toBe(`### Eval suite: trial_expiration_email_eval

Candidate prompt **v8** vs baseline **v7** on 4 historical campaign briefs.

**Automated results** (95% Wilson interval in brackets)

| Check                  | Candidate v8          | Baseline v7           |
| ---------------------- | --------------------- | --------------------- |
| JSON validity          | 3/4 pass [30.1–95.4%] | 4/4 pass [51–100%]    |
| Unsupported claims     | 2/3 pass [20.8–93.9%] | 4/4 pass [51–100%]    |
| Legal restricted terms | 3/3 pass [43.9–100%]  | 4/4 pass [51–100%]    |
| Subject line length    | 3/3 pass [43.9–100%]  | 3/4 pass [30.1–95.4%] |

Answers: 3/4 valid first time, 1 without valid JSON (baseline 4/4 valid first time)

**Business proxy tests**

- Reviewer acceptance: 66.7 percent [20.8–93.9%] vs 75 percent [30.1–95.4%] baseline; judge agrees with the recorded reviewer decisions on 4/4 baseline runs (100 percent)

**Promotion criteria**

| Criterion                            | Verdict               | Evidence                                                                   |
| ------------------------------------ | --------------------- | -------------------------------------------------------------------------- |
| JSON validity above 99 percent       | not met               | observed 75 percent (3 of 4 runs passed), 95% interval 30.1–95.4 percent   |
| Unsupported claims below 0.5 percent | not met               | observed 33.3 percent (1 of 3 runs failed), 95% interval 6.1–79.2 percent  |
| Legal restricted-term failures 0     | met                   | observed 0 percent (0 of 3 runs failed), 95% interval 0–56.1 percent       |
| Reviewer acceptance above 90 percent | not met, inconclusive | observed 66.7 percent (2 of 3 runs passed), 95% interval 20.8–93.9 percent |

**Decision:** ⛔ Do not promote v8: 3 of 4 promotion criteria do not hold.

<details><summary>Regressed cases (pass on baseline, fail on candidate): 2</summary>

- \`brief_002\`: failing on candidate: grounding, judge_reviewer
- \`brief_004\`: failing on candidate: no output (generate error)

</details>

<details><summary>Improved cases (fail on baseline, pass on candidate): 1</summary>

- \`brief_003\`: failing on baseline: subject_length, judge_reviewer

</details>

<details><summary>Errors (runs that ended without output): 1</summary>

- \`brief_004\` candidate run 1 (generate): the answer is not valid JSON, twice

</details>

<sub>Provenance: generation gen-model at models.example:8443 · judge judge-model · dataset datasets/trial_expiration_email/historical_briefs.jsonl (sha256 dataset) · copygate 0.1.0</sub>
`);
  });

  it("cuts the case lists first, then the tables, to stay within a size budget", async () => {
    const many = Array.from({ length: 400 }, (_, i) => scriptedCase(`brief_${String(i).padStart(4, "0")}`, i, { v8: { grounding: "fail" } }));
    const report = buildReport(await fakeResults(many));
    const full = formatMarkdown(report, Infinity);
    expect(full.length).toBeGreaterThan(12_000);
    const cut = formatMarkdown(report, 8_000);
    expect(cut.length).toBeLessThanOrEqual(8_000);
    expect(cut).toContain("**Decision:** ⛔ Do not promote v8: 1 of 4 promotion criteria do not hold.");
    expect(cut).toMatch(/- …and \d+ more\n\n<\/details>/);
    expect(cut).toContain("| Subject line length");
    const counts = formatMarkdown(report, 2_250);
    expect(counts.length).toBeLessThanOrEqual(2_250);
    expect(counts).toContain("**Regressed cases (pass on baseline, fail on candidate): 400** (list left out for size)");
    expect(counts).toContain("| Subject line length");
    const tiny = formatMarkdown(report, 1_450);
    expect(tiny.length).toBeLessThanOrEqual(1_450);
    expect(tiny).not.toContain("| Subject line length");
    expect(tiny).toContain("**Decision:** ⛔ Do not promote v8");
    expect(tiny).toContain("_Per-check results and case lists left out: the report is larger than the comment allows._");
  });
});

describe("the JUnit report", () => {
  it("has a testsuite per prompt version and a testcase per case, failures listing the failing checks, escaped", async () => {
    const junit = formatResults(await fakeResults(scenario), "junit");
    expect(junit).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="trial_expiration_email_eval" tests="8" failures="2" errors="1">
  <testsuite name="trial_expiration_email@8 (candidate)" tests="4" failures="1" errors="1" skipped="0">
    <testcase classname="trial_expiration_email_eval.candidate" name="brief_001"/>
    <testcase classname="trial_expiration_email_eval.candidate" name="brief_002">
      <failure message="failing checks: grounding, judge_reviewer" type="checks">Claims grounding: Claims grounding fail &lt;in &quot;copy&quot;&gt;
Judge: reviewer acceptance: Judge: reviewer acceptance warn &lt;in &quot;copy&quot;&gt;</failure>
    </testcase>
    <testcase classname="trial_expiration_email_eval.candidate" name="brief_003"/>
    <testcase classname="trial_expiration_email_eval.candidate" name="brief_004">
      <error message="1 of 1 runs ended without output" type="run_error">generate: the answer is not valid JSON, twice</error>
    </testcase>
  </testsuite>
  <testsuite name="trial_expiration_email@7 (baseline)" tests="4" failures="1" errors="0" skipped="0">
    <testcase classname="trial_expiration_email_eval.baseline" name="brief_001"/>
    <testcase classname="trial_expiration_email_eval.baseline" name="brief_002"/>
    <testcase classname="trial_expiration_email_eval.baseline" name="brief_003">
      <failure message="failing checks: subject_length, judge_reviewer" type="checks">Subject line length: Subject line length fail &lt;in &quot;copy&quot;&gt;
Judge: reviewer acceptance: Judge: reviewer acceptance warn &lt;in &quot;copy&quot;&gt;</failure>
    </testcase>
    <testcase classname="trial_expiration_email_eval.baseline" name="brief_004"/>
  </testsuite>
</testsuites>
`);
  });

  it("escapes ids and drops characters XML cannot carry", async () => {
    const junit = formatResults(await fakeResults([scriptedCase(`a<&>"'\u0001b`, 0, { v8: { grounding: "fail" } })]), "junit");
    expect(junit).toContain('name="a&lt;&amp;&gt;&quot;&apos;b"');
    expect(junit).not.toContain("\u0001");
  });
});

describe("the JSON report", () => {
  it("carries the report's data and the decision and criteria sentences", async () => {
    const parsed = JSON.parse(formatResults(await fakeResults(scenario), "json")) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["suite", "workflow", "candidate", "baseline", "dataset", "repeat", "shard", "automated", "answers", "reviewer", "criteria", "decision", "regressed", "improved", "unstable", "errors", "provenance"]);
    expect(parsed.provenance).toEqual({ endpoint: "models.example:8443", model: "gen-model", judge: "judge-model", datasets: ["datasets/trial_expiration_email/historical_briefs.jsonl"], datasetHash: "sha256:dataset", copygate: "0.1.0" });
    expect(parsed.decision).toEqual({ verdict: "do_not_promote", promote: false, inconclusive: [], runsNeeded: null, blocking: ["JSON validity above 99 percent", "Unsupported claims below 0.5 percent", "Reviewer acceptance above 90 percent"], text: "Do not promote v8: 3 of 4 promotion criteria do not hold." });
    expect(parsed.reviewer).toEqual({ candidate: { pass: 2, total: 3 }, baseline: { pass: 3, total: 4 }, agreement: { pass: 4, total: 4 } });
    expect((parsed.criteria as { status: string; text: string }[])[3]).toMatchObject({ status: "inconclusive", observedMeets: false, count: 2, total: 3,
      text: "not met, inconclusive: Reviewer acceptance above 90 percent; observed 66.7 percent (2 of 3 runs passed), 95% interval 20.8–93.9 percent" });
    expect(parsed.regressed).toEqual([
      { id: "brief_002", candidate: { pass: 0, total: 1 }, baseline: { pass: 1, total: 1 }, checks: ["grounding", "judge_reviewer"] },
      { id: "brief_004", candidate: { pass: 0, total: 1 }, baseline: { pass: 1, total: 1 }, checks: ["no output (generate error)"] },
    ]);
    expect(parsed.errors).toEqual([{ id: "brief_004", role: "candidate", run: 1, stage: "generate", error: "the answer is not valid JSON, twice" }]);
  });
});

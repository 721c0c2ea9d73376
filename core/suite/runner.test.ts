import { describe, expect, it } from "vitest";
import { runSuite } from "./runner.ts";
import { BASELINE, CANDIDATE, fakeCollaborators, scriptedCase } from "./fakes.test-support.ts";

describe("the suite runner", () => {
  it("runs every case through both versions, repeat times, with the same settings", async () => {
    const cases = [scriptedCase("b1", 0), scriptedCase("b2", 1, { v8: { grounding: "fail" } })];
    const seen: { sample?: number }[] = [];
    const run = await runSuite({ cases, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, repeat: 3, collaborators: fakeCollaborators({ onGenerate: (r) => seen.push(r) }) });
    expect(seen).toHaveLength(2 * 2 * 3);
    expect(seen.map((r) => (r as { settings?: unknown }).settings)).toEqual(Array(12).fill({ model: "m" }));
    // Repeats carry a sample number, so a response cache does not hand back the first run's copy.
    expect(seen.map((r) => r.sample ?? 0).sort()).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(run.cases.map((c) => [c.id, c.candidate.length, c.baseline.length])).toEqual([["b1", 3, 3], ["b2", 3, 3]]);
    expect(run.cases[1]!.candidate[2]).toEqual({ ok: true, checks: { output_schema: "pass", grounding: "fail", restricted_terms: "pass", competitor_names: "pass", subject_length: "pass" }, messages: { grounding: 'Claims grounding fail <in "copy">' } });
    expect(run.checkLabels.grounding).toBe("Claims grounding");
  });

  it("records a failure at any stage as an error of that run, never a missing case", async () => {
    const cases = [
      scriptedCase("render", 0, { v8: { error: "render" } }),
      scriptedCase("generate", 1, { v7: { error: "generate" } }),
      scriptedCase("check", 2, { v8: { error: "check" } }),
    ];
    const run = await runSuite({ cases, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, collaborators: fakeCollaborators() });
    expect(run.cases[0]!.candidate).toEqual([{ ok: false, stage: "render", error: "input does not match trial_expiration_email@8's input schema" }]);
    expect(run.cases[0]!.baseline[0]!.ok).toBe(true);
    expect(run.cases[1]!.baseline).toEqual([{ ok: false, stage: "generate", error: "the answer is not valid JSON, twice", failure: "content" }]);
    expect(run.cases[2]!.candidate).toEqual([{ ok: false, stage: "check", error: "grounding index is missing" }]);
  });

  it("keeps at most `concurrency` runs in flight and reports progress for each", async () => {
    const cases = Array.from({ length: 30 }, (_, i) => scriptedCase(`c${i}`, i));
    let inFlight = 0;
    let peak = 0;
    const collaborators = fakeCollaborators();
    const generate = collaborators.generate;
    collaborators.generate = async (request) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      try { return await generate(request); } finally { inFlight--; }
    };
    const progress: number[] = [];
    await runSuite({ cases, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, concurrency: 4, collaborators, onProgress: (p) => progress.push(p.done) });
    expect(peak).toBe(4);
    expect(progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it("runs the judge only when one is configured", async () => {
    const cases = [scriptedCase("b1", 0, { v8: { judge_reviewer: "warn" } })];
    const without = await runSuite({ cases, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, collaborators: fakeCollaborators() });
    const withJudge = await runSuite({ cases, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, collaborators: fakeCollaborators({ judge: true }) });
    const candidateRun = (r: typeof without) => r.cases[0]!.candidate[0]!;
    expect(candidateRun(without)).toMatchObject({ ok: true });
    expect(candidateRun(without)).not.toHaveProperty("checks.judge_reviewer");
    expect(candidateRun(withJudge)).toMatchObject({ ok: true, checks: { judge_reviewer: "warn" } });
  });
});

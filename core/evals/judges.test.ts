import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import { createGenerator } from "../generate/index.ts";
import type { CheckContext } from "./types.ts";
import { judgeThrough, runJudges, type JudgeMessage, type JudgeModel } from "./index.ts";
import { scriptedEndpoint } from "../generate/scriptedEndpoint.test-support.ts";
import { cleanEmailDraft, exampleCampaignContext } from "./testing.ts";

let ctx: CheckContext;
let simulator: RunningSimulator;
beforeAll(async () => {
  ({ ctx } = await exampleCampaignContext());
  simulator = await startSimulator({ seed: 7 });
});
afterAll(async () => {
  await simulator?.close();
});

/** A judge model over the real openai SDK and the bundled simulator, recording what it was asked. */
function simulatorJudge(asked: JudgeMessage[][]): JudgeModel {
  const generator = createGenerator({ baseURL: simulator.url, apiKey: "test-key", cacheDir: null });
  return {
    async generate(messages, outputSchema) {
      asked.push(messages);
      const result = await generator.generate({ messages, outputSchema, schemaName: "judge_verdict", settings: { model: "openai/gpt-4.1", temperature: 0, maxRetries: 0 } });
      if (!result.ok) throw new Error(result.reason);
      return result.content;
    },
  };
}

describe("runJudges", () => {
  it("reports every judge as skipped, never scored, without a judge model", async () => {
    const results = await runJudges(cleanEmailDraft(), ctx);
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ["judge_brand_fit", "skipped", "skipped: no judge model"],
      ["judge_grounding", "skipped", "skipped: no judge model"],
      ["judge_policy", "skipped", "skipped: no judge model"],
      ["judge_reviewer", "skipped", "skipped: no judge model"],
    ]);
  });

  it("renders each rubric prompt with the draft and the brief's claims and scores from the model's answer", async () => {
    const asked: JudgeMessage[][] = [];
    const before = simulator.requestCount();
    const results = await runJudges(cleanEmailDraft(), ctx, simulatorJudge(asked));
    expect(simulator.requestCount() - before).toBe(4);
    // Judges run concurrently: find the grounding rubric's call rather than relying on arrival order.
    const [system, user] = asked.find((messages) => messages[0]?.content.includes("Rubric — grounding:")) ?? [];
    expect(system?.role).toBe("system");
    expect(system?.content).toContain("Rubric — grounding:");
    expect(user?.content).toContain("- Upgrading keeps every dashboard, query and alert created during the trial.");
    expect(user?.content).toContain('"cta_text": "Upgrade to Team"');
    for (const result of results) {
      expect(["pass", "warn"]).toContain(result.status);
      expect(result.message).toMatch(/^Scored [1-5]\/5 \((pass|fail)\)/);
    }
  });

  it("routes to a reviewer when the judge model keeps failing", async () => {
    const failingSimulator = await startSimulator({ seed: 7, rate5xx: 1 });
    try {
      const generator = createGenerator({ baseURL: failingSimulator.url, apiKey: "test-key", cacheDir: null });
      const judge: JudgeModel = {
        async generate(messages, outputSchema) {
          const result = await generator.generate({ messages, outputSchema, settings: { model: "gpt-4.1", maxRetries: 0 } });
          if (!result.ok) throw new Error(result.reason);
          return result.content;
        },
      };
      const [failed] = await runJudges(cleanEmailDraft(), ctx, judge, { judges: ["brand_fit"] });
      expect(failed?.status).toBe("warn");
      expect(failed?.message).toMatch(/^The judge could not answer \(.+\); a reviewer must judge this draft\.$/);
    } finally {
      await failingSimulator.close();
    }
  });

  it("routes to a reviewer when a judge adapter returns an answer outside the verdict schema", async () => {
    const unvalidated: JudgeModel = { generate: async () => ({ score: 9, verdict: "maybe" }) };
    const [invalid] = await runJudges(cleanEmailDraft(), ctx, unvalidated, { judges: ["policy"] });
    expect(invalid).toMatchObject({ status: "warn", message: "The judge's answer did not match its schema; a reviewer must judge this draft.", evidence: ['{"score":9,"verdict":"maybe"}'] });
  });
});

describe("judges through a generator", () => {
  it("refuses the bundled simulator's verdicts, whatever URL reaches it, with a line saying why", async () => {
    const generator = createGenerator({ baseURL: simulator.url, apiKey: "", cacheDir: null });
    const results = await runJudges(cleanEmailDraft(), ctx, judgeThrough(generator, { model: "gpt-4.1" }, "judge.example.com"));
    const why = `skipped: the answer came from copygate's bundled simulator at judge.example.com, which writes test copy and never judges; its verdict is not counted`;
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ["judge_brand_fit", "skipped", why],
      ["judge_grounding", "skipped", why],
      ["judge_policy", "skipped", why],
      ["judge_reviewer", "skipped", why],
    ]);
  });

  it("counts a real endpoint's verdict, repairing a malformed one once", async () => {
    const verdict = JSON.stringify({ score: 4, verdict: "pass", reasons: ["On brand."] });
    const server = await scriptedEndpoint([{ kind: "json", content: '{"score": 4, "verdict": "pa' }, { kind: "json", content: verdict }]);
    try {
      const generator = createGenerator({ baseURL: server.url, apiKey: "", cacheDir: null });
      const [brandFit] = await runJudges(cleanEmailDraft(), ctx, judgeThrough(generator, { model: "gpt-4.1" }, "judge.example.com"), { judges: ["brand_fit"] });
      expect(brandFit).toMatchObject({ id: "judge_brand_fit", status: "pass", message: "Scored 4/5 (pass): On brand." });
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]!.body.messages.at(-1)!.content).toMatch(/^Your previous answer could not be used: the answer is not valid JSON/);
    } finally {
      await server.close();
    }
  });
});

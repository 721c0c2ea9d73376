/**
 * A rubric judge answered through a Generator: the same cache, limiter, budget and failure policy
 * as generation (an endpoint failure is waited out and resent, a malformed verdict gets one repair
 * turn). A verdict from copygate's bundled simulator is refused, whatever URL reached it.
 */
import type { Generator, ModelSettings } from "../generate/index.ts";
import { SimulatedJudgeError, type JudgeModel } from "./judges.ts";

export function judgeThrough(generator: Generator, settings: ModelSettings, endpoint: string): JudgeModel {
  return {
    async generate(messages, outputSchema) {
      const result = await generator.generate({ messages, outputSchema, schemaName: "judge_verdict", settings: { temperature: 0, ...settings } });
      if (!result.ok) throw new Error(result.reason);
      if (result.simulated) throw new SimulatedJudgeError(result.cache_origin?.endpoint ?? endpoint);
      return result.content;
    },
  };
}

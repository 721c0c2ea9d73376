import type { CheckResult } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
export type JudgeId = "brand_fit" | "grounding" | "policy" | "reviewer";
export declare const JUDGE_IDS: JudgeId[];
export interface JudgeMessage {
    role: "system" | "user" | "assistant";
    content: string;
}
/** A model that answers a rubric prompt with one JSON object in the given schema. */
export interface JudgeModel {
    generate(messages: JudgeMessage[], outputSchema: object): Promise<Record<string, unknown>>;
}
export declare const JUDGE_OUTPUT_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["score", "verdict", "reasons"];
    readonly properties: {
        readonly score: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly maximum: 5;
        };
        readonly verdict: {
            readonly type: "string";
            readonly enum: readonly ["pass", "fail"];
        };
        readonly reasons: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
        };
    };
};
/** Runs the rubric judges when a judge model is configured; without one each is "skipped", never scored. */
export declare function runJudges(draft: Record<string, unknown>, ctx: CheckContext, judge?: JudgeModel, options?: {
    root?: string;
    judges?: JudgeId[];
}): Promise<CheckResult[]>;

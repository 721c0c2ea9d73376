import { readRepoText } from "../files/boundary.ts";
import { Dotprompt } from "dotprompt";
import { Ajv } from "ajv";
import type { CheckResult } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
import { briefClaimTexts } from "./claims.ts";
import { packageRoot } from "../package-root.ts";

export type JudgeId = "brand_fit" | "grounding" | "policy" | "reviewer";
export const JUDGE_IDS: JudgeId[] = ["brand_fit", "grounding", "policy", "reviewer"];

const JUDGE_LABELS: Record<JudgeId, string> = {
  brand_fit: "Judge: brand fit",
  grounding: "Judge: grounding",
  policy: "Judge: policy",
  reviewer: "Judge: reviewer acceptance",
};

export interface JudgeMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** A model that answers a rubric prompt with one JSON object in the given schema. */
export interface JudgeModel {
  generate(messages: JudgeMessage[], outputSchema: object): Promise<Record<string, unknown>>;
}

/**
 * Thrown by a JudgeModel whose answer came from copygate's bundled simulator (it marks every answer,
 * whatever URL it is reached through). A simulated verdict is never counted: the judge is "skipped".
 */
export class SimulatedJudgeError extends Error {
  constructor(endpoint: string) {
    super(`the answer came from copygate's bundled simulator at ${endpoint}, which writes test copy and never judges; its verdict is not counted`);
    this.name = "SimulatedJudgeError";
  }
}

/** The skipped check's message for a refused simulated verdict: one line saying why. */
export function simulatedJudgeMessage(error: SimulatedJudgeError): string {
  return `skipped: ${error.message}`;
}

export const JUDGE_OUTPUT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["score", "verdict", "reasons"],
  properties: {
    score: { type: "integer", minimum: 1, maximum: 5 },
    verdict: { type: "string", enum: ["pass", "fail"] },
    reasons: { type: "array", items: { type: "string" } },
  },
} as const;

const validateVerdict = new Ajv({ strict: false }).compile<{ score: number; verdict: "pass" | "fail"; reasons: string[] }>(JUDGE_OUTPUT_SCHEMA);

/** The repository root this module ships in; judges' rubric prompts live under prompts/judges/. */
const DEFAULT_ROOT = packageRoot();

function judgeInput(draft: Record<string, unknown>, ctx: CheckContext): Record<string, unknown> {
  return {
    brand_name: ctx.policies.brand.product_name.canonical,
    draft_json: JSON.stringify(draft, null, 2),
    approved_claims: briefClaimTexts(ctx),
    legal_rules: ctx.policies.legal.restrictions.map((r) => r.rule),
    brand_voice: ctx.policies.brand.voice,
    banned_words: ctx.policies.brand.banned_words,
    offer_summary: ctx.offer ? `${ctx.offer.summary} with code ${ctx.offer.code}` : "none",
    cta_text: ctx.brief.cta_text,
  };
}

async function renderJudge(root: string, id: JudgeId, input: Record<string, unknown>): Promise<JudgeMessage[]> {
  const source = await readRepoText(root, `prompts/judges/${id}.v1.prompt`);
  const rendered = await new Dotprompt().render(source, { input });
  return rendered.messages.map((m) => ({
    role: m.role === "model" ? "assistant" : m.role === "system" ? "system" : "user",
    content: m.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("").trim(),
  }));
}

function skipped(id: JudgeId, message: string): CheckResult {
  return { id: `judge_${id}`, label: JUDGE_LABELS[id], status: "skipped", message, evidence: [], owner: "judge" };
}

async function runJudge(id: JudgeId, judge: JudgeModel, root: string, input: Record<string, unknown>): Promise<CheckResult> {
  const base = { id: `judge_${id}`, label: JUDGE_LABELS[id], owner: "judge" };
  try {
    const answer = await judge.generate(await renderJudge(root, id, input), JUDGE_OUTPUT_SCHEMA);
    if (!validateVerdict(answer)) {
      return { ...base, status: "warn", message: "The judge's answer did not match its schema; a reviewer must judge this draft.", evidence: [JSON.stringify(answer).slice(0, 200)] };
    }
    // A judge is a model's opinion: a failing score routes to a human, it never blocks alone.
    const status = answer.verdict === "pass" ? "pass" : "warn";
    const reason = answer.reasons[0] ? `: ${answer.reasons[0]}` : ".";
    return { ...base, status, message: `Scored ${answer.score}/5 (${answer.verdict})${reason}`, evidence: answer.reasons };
  } catch (error) {
    if (error instanceof SimulatedJudgeError) return { ...base, status: "skipped", message: simulatedJudgeMessage(error), evidence: [] };
    const why = error instanceof Error ? error.message : String(error);
    return { ...base, status: "warn", message: `The judge could not answer (${why}); a reviewer must judge this draft.`, evidence: [] };
  }
}

/** Runs the rubric judges when a judge model is configured; without one each is "skipped", never scored. */
export async function runJudges(
  draft: Record<string, unknown>,
  ctx: CheckContext,
  judge?: JudgeModel,
  options: { root?: string; judges?: JudgeId[] } = {},
): Promise<CheckResult[]> {
  const ids = options.judges ?? JUDGE_IDS;
  if (!judge) return ids.map((id) => skipped(id, "skipped: no judge model"));
  const input = judgeInput(draft, ctx);
  return Promise.all(ids.map((id) => runJudge(id, judge, options.root ?? DEFAULT_ROOT, input)));
}

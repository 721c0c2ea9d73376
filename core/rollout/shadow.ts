/**
 * Shadow mode: the candidate's drafts beside the copy the team actually sent, audience by
 * audience — the same checks on both, the length of every field, the approved claims each quotes.
 * Nothing is published: the report is the only output.
 */
import { InputError } from "../errors.ts";
import { runChecks, verdictOf } from "../evals/index.ts";
import type { CheckContext } from "../evals/index.ts";
import type { EvalReport } from "../model/index.ts";

/** One piece of sent copy: which audience got it and its fields in the workflow's output shape. */
export interface SentCopy {
  audience: string;
  content: Record<string, unknown>;
}

export interface ShadowSide {
  content: Record<string, unknown>;
  report: EvalReport;
  /** Approved claim ids whose text the copy quotes word for word. */
  claims: string[];
}

export interface ShadowPair {
  audience: string;
  /** The sent copy's audience when it differs: one generic email sent to everyone is compared with every variant. */
  sentAudience?: string;
  sent: ShadowSide | null;
  candidate: ShadowSide | null;
}

export interface ShadowComparison {
  campaign: string;
  candidate: number;
  production: number;
  /** Where the sent copy came from. */
  origin: string;
  /** Which model endpoint wrote the candidate's drafts (the simulator says so). */
  generatedBy: string;
  pairs: ShadowPair[];
}

/** Fields that explain a draft rather than being copy a customer reads. */
const NOT_COPY = new Set(["rationale", "risk_flags"]);
/** Sent copy was written outside the workflow: its output schema (rationale, risk flags) does not apply to it. */
const NOT_FOR_SENT = new Set(["output_schema"]);

/** Accepts [{ audience, content: {…} }] or flat rows [{ audience, subject_lines, … }] (a source's rows). */
export function parseSentCopy(data: unknown, file: string): SentCopy[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, i) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) throw new InputError(`sent copy ${i + 1} is not an object`, { file, hint: "list objects like { audience, content: { subject_lines, preview_text, email_body, cta_text } }" });
    const { audience, content, ...rest } = item as Record<string, unknown>;
    const fields = content && typeof content === "object" && !Array.isArray(content) ? (content as Record<string, unknown>) : rest;
    if (!Object.keys(fields).length) throw new InputError(`sent copy ${i + 1} has no fields`, { file });
    return { audience: typeof audience === "string" && audience ? audience : "generic", content: fields };
  });
}

export function compareShadow(args: {
  sent: SentCopy[];
  candidate: { audience: string; content: Record<string, unknown> }[];
  ctx: CheckContext;
  checkIds?: string[];
}): ShadowPair[] {
  const side = (content: Record<string, unknown>): ShadowSide => ({ content, report: checksWithoutSchema(content, args.ctx, args.checkIds), claims: quotedClaims(content, args.ctx) });
  const audiences = [...new Set([...args.sent.map((s) => s.audience), ...args.candidate.map((c) => c.audience)])];
  const fallback = args.sent.find((s) => s.audience === "generic" || s.audience === "all");
  return audiences.map((audience) => {
    const candidate = args.candidate.find((c) => c.audience === audience);
    const sent = args.sent.find((s) => s.audience === audience) ?? (candidate ? fallback : undefined);
    const pair: ShadowPair = { audience, sent: sent ? side(sent.content) : null, candidate: candidate ? side(candidate.content) : null };
    return sent && sent.audience !== audience ? { ...pair, sentAudience: sent.audience } : pair;
  });
}

/** The campaign's checks, less those that only apply to model output; the verdict is taken again over the rest. */
function checksWithoutSchema(content: Record<string, unknown>, ctx: CheckContext, checkIds?: string[]): EvalReport {
  const report = runChecks(content, ctx, checkIds);
  const checks = report.checks.filter((c) => !NOT_FOR_SENT.has(c.id));
  return { ...report, checks, verdict: verdictOf(checks) };
}

/** Claim ids whose approved text appears in the copy, case and spacing aside. */
export function quotedClaims(content: Record<string, unknown>, ctx: CheckContext): string[] {
  const text = normalize(copyText(content));
  return ctx.policies.claims.claims.filter((c) => text.includes(normalize(c.text))).map((c) => c.id);
}

function copyText(content: Record<string, unknown>): string {
  return Object.entries(content)
    .filter(([field]) => !NOT_COPY.has(field))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((v): v is string => typeof v === "string")
    .join("\n");
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, " ").replace(/[.!]+(\s|$)/g, "$1").trim();

/** "44 chars" for a line, "3 × up to 46 chars" for a list, "118 words" for a multi-line body. */
export function fieldLength(value: unknown): string {
  if (typeof value === "string") return value.includes("\n") ? `${value.split(/\s+/).filter(Boolean).length} words` : `${value.length} chars`;
  if (Array.isArray(value)) {
    const texts = value.filter((v): v is string => typeof v === "string");
    return `${texts.length} × up to ${Math.max(0, ...texts.map((t) => t.length))} chars`;
  }
  return "—";
}

export function copyFields(pair: ShadowPair): string[] {
  const fields = [...Object.keys(pair.sent?.content ?? {}), ...Object.keys(pair.candidate?.content ?? {})];
  return [...new Set(fields)].filter((f) => !NOT_COPY.has(f));
}

import { InputError } from "../errors.ts";
import type { CheckResult, EvalReport, Verdict } from "../model/index.ts";
import type { CheckContext, CheckId } from "./types.ts";
import { CHECKS, CHECK_IDS, isCheckId } from "./registry.ts";
import { riskLevel } from "./risk.ts";
import { claimsUsedBy } from "./checks/grounding.ts";
import { normalizeCopy, stringList } from "./text.ts";

/** Fields starting with "_" annotate a draft file (expected results, notes); they are not copy. */
export function stripAnnotations(draft: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).filter(([key]) => !key.startsWith("_")));
}

/** Any fail fails; any warn, or risk flags the model raised, goes to review; otherwise pass. */
export function verdictOf(checks: CheckResult[], riskFlagged = false): Verdict {
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (riskFlagged || checks.some((c) => c.status === "warn")) return "review";
  return "pass";
}

function selectedChecks(ctx: CheckContext, checkIds?: string[]): CheckId[] {
  for (const id of checkIds ?? []) {
    if (!isCheckId(id)) {
      throw new InputError(`unknown check "${id}"`, { field: "evals", hint: `use "default" or check ids from: ${CHECK_IDS.join(", ")}` });
    }
  }
  const ids = checkIds && checkIds.length > 0 ? (checkIds as CheckId[]) : CHECK_IDS;
  // A check for another channel (subject lines on a search ad) does not apply: it is left out.
  return ids.filter((id) => {
    const channels = CHECKS[id].channels;
    return channels === "all" || channels.includes(ctx.channel.kind);
  });
}

/**
 * The brief's own texts read like the copy (normalize.ts), so a call to action written "Réserver"
 * in the brief still matches the copy's normalised "Reserver". Memoised per context object.
 */
const normalizedContexts = new WeakMap<CheckContext, CheckContext>();
export function normalizedContext(ctx: CheckContext): CheckContext {
  let normalized = normalizedContexts.get(ctx);
  if (!normalized) {
    normalized = {
      ...ctx,
      brief: { ...ctx.brief, cta_text: normalizeCopy(ctx.brief.cta_text), facts: ctx.brief.facts?.map(normalizeCopy) },
      audienceFacts: ctx.audienceFacts?.map(normalizeCopy),
    };
    normalizedContexts.set(ctx, normalized);
  }
  return normalized;
}

export function runCheck(id: CheckId, draft: Record<string, unknown>, ctx: CheckContext): CheckResult {
  const check = CHECKS[id];
  const outcome = check.run(draft, normalizedContext(ctx));
  return { id, label: check.label, status: outcome.status, message: outcome.message, evidence: outcome.evidence ?? [], owner: check.owner };
}

/** Runs the campaign's checks on one draft (in the workflow's output schema) and decides the verdict. */
export function runChecks(draft: Record<string, unknown>, ctx: CheckContext, checkIds?: string[]): EvalReport {
  const checks = selectedChecks(ctx, checkIds).map((id) => runCheck(id, draft, ctx));
  // Flags count even when a campaign's eval list leaves the risk_flags check out.
  const verdict = verdictOf(checks, stringList(draft, "risk_flags").some((f) => f.trim() !== ""));
  const claimsUsed = claimsUsedBy(draft, ctx);
  const risk = riskLevel({ checks, verdict, channel: ctx.channel, claimsUsed });
  return { verdict, risk_level: risk.level, risk_reasons: risk.reasons, checks };
}

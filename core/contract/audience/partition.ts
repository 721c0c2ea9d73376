import type { AudiencePartition, Campaign, Cohort, ColumnType, FreshnessReport, SourceInput, SourceSnapshot } from "../../model/index.ts";
import { maxAgeHours } from "../freshness/rules.ts";
import type { SourceRow } from "../sources/index.ts";
import { recipientId, screenRecipients } from "./screen.ts";
import { newestRowByRecipient, staleRecipientIds } from "./staleness.ts";
import { usageSummary } from "./summary.ts";

export type { AudiencePartition, Cohort };

/** A personalised cohort smaller than this would describe a handful of people: they get the generic variant. */
export const MIN_COHORT_SIZE = 5;
const COHORT_LABEL = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
/** A plan name from data: a short label, never a sentence a prompt could read as an instruction. */
const PLAN_LABEL = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;

/**
 * Splits the audience before any prompt is built: excluded (no consent, or a row that contradicts
 * the segment), personalized cohorts (one per `variants.by` value, from fresh usage) and one generic
 * cohort (stale or missing usage). No id, email or name leaves this function.
 */
export function partitionAudience(args: { campaign: Campaign; snapshots: Record<string, SourceSnapshot>; now: Date; report: FreshnessReport }): AudiencePartition {
  const { campaign, snapshots, now, report } = args;
  if (report.decision === "stop_before_generation") {
    throw new Error("the freshness decision is stop_before_generation: the audience must not be partitioned");
  }
  const segment = campaign.audience ? snapshots[campaign.audience.input] : undefined;
  if (!segment) throw new Error(`no snapshot of the audience input "${campaign.audience?.input ?? "(none)"}"`);
  const { eligible, excluded } = screenRecipients(campaign, segment.rows, now);
  const usageInputs = perRecipientInputs(campaign);
  const stale = new Set<string>();
  for (const [name, input] of usageInputs) {
    for (const id of staleRecipientIds(eligible, snapshots[name], maxAgeHours(input.freshness), now)) stale.add(id);
  }
  const fresh = eligible.filter((row) => !stale.has(recipientId(row)!));
  let generic = eligible.length - fresh.length;
  if (generic > 0 && campaign.variants?.generic === false) {
    excluded.stale_usage = generic; // no generic variant to fall back to: leave them out rather than guess
    generic = 0;
  }
  const usage = usageInputs[0] ? snapshots[usageInputs[0][0]] : undefined;
  const { cohorts, tooSmall } = personalizedCohorts(campaign, fresh, usage, segment.columns);
  generic += tooSmall;
  const planName = planNameOf(campaign, eligible, segment.columns);
  if (generic > 0) cohorts.push({ key: "generic", variant: "generic", plan_name: planName, recipients: generic });
  const personalized = cohorts.filter((c) => c.variant === "personalized").reduce((n, c) => n + c.recipients, 0);
  const excludedTotal = Object.values(excluded).reduce((n, c) => n + c, 0);
  return { cohorts, counts: { personalized, generic, excluded: excludedTotal, excluded_reasons: sortedKeys(excluded) } };
}

/** The contract's generic_variant sources other than the segment itself: the ones judged per recipient. */
function perRecipientInputs(campaign: Campaign): [string, SourceInput][] {
  return Object.entries(campaign.contract ?? {}).filter(
    (entry): entry is [string, SourceInput] => "source" in entry[1] && entry[1].on_failure === "generic_variant" && entry[0] !== campaign.audience?.input,
  );
}

function personalizedCohorts(
  campaign: Campaign,
  fresh: SourceRow[],
  usage: SourceSnapshot | undefined,
  segmentColumns?: SourceSnapshot["columns"],
): { cohorts: ReturnType<typeof cohortOf>[]; tooSmall: number } {
  const by = campaign.variants?.by;
  const groups = new Map<string, SourceRow[]>();
  let tooSmall = 0;
  for (const row of fresh) {
    const value = by ? row[by] : "all";
    // No role, or a value that is not a plain label (it becomes a cohort key in prompts and traces).
    if (typeof value !== "string" || !COHORT_LABEL.test(value) || !allowedBy(segmentColumns?.[by ?? ""], value)) tooSmall++;
    else groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  const usageRows = newestRowByRecipient(usage);
  const cohorts = [...groups.keys()].sort().flatMap((value) => {
    const members = groups.get(value)!;
    if (members.length < MIN_COHORT_SIZE) {
      tooSmall += members.length;
      return [];
    }
    const rows = members.map((m) => usageRows.get(recipientId(m)!)?.row).filter((r): r is SourceRow => r !== undefined);
    return [cohortOf(campaign, by ? value : undefined, members, segmentColumns, usageSummary(rows, usage?.columns))];
  });
  return { cohorts, tooSmall };
}

/** A value the segment's declared enumeration allows (any plain label when the column is undeclared). */
function allowedBy(type: ColumnType | undefined, value: string): boolean {
  return type?.type !== "enum" || type.values.includes(value);
}

/** The campaign's own plan name, else the segment's, only when it is a declared or plain short label. */
function planNameOf(campaign: Campaign, members: SourceRow[], columns: SourceSnapshot["columns"]): string {
  const expected = campaign.audience?.expect?.plan_name;
  if (expected !== undefined) return String(expected);
  const value = members[0]?.plan_name;
  return typeof value === "string" && PLAN_LABEL.test(value) && allowedBy(columns?.plan_name, value) ? value : "";
}

function cohortOf(campaign: Campaign, role: string | undefined, members: SourceRow[], columns: SourceSnapshot["columns"], summary: string | undefined): Cohort {
  return {
    key: role ? `personalized:${role}` : "personalized",
    variant: "personalized",
    ...(role ? { role } : {}),
    plan_name: planNameOf(campaign, members, columns),
    recipients: members.length,
    ...(summary ? { usage_summary: summary } : {}),
  };
}

function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

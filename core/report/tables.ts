/** The two summary tables at the top of the comment and the job summary, built with markdown-table. */
import { markdownTable } from "markdown-table";
import type { FreshnessDecision } from "../model/index.ts";
import type { CampaignGate, WorkflowGate } from "./types.ts";

const FRESHNESS_LABEL: Record<FreshnessDecision, string> = {
  proceed: "fresh",
  proceed_with_generic_variant: "generic variant",
  route_to_review: "review",
  stop_before_generation: "stop",
};

const PROMOTION_LABEL: Record<WorkflowGate["decision"], string> = {
  promote: "promote",
  not_yet: "not yet",
  do_not_promote: "do not promote",
  not_run: "not run",
};

const NOT_CHECKED = "not checked";

/** A table cell: pipes escaped and line breaks folded, so user text cannot break the table. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*[\r\n]+\s*/g, " ");
}

export function campaignTable(campaigns: CampaignGate[], base = "the base branch"): string {
  const rows = campaigns.map((c) => [
    cell(c.campaign),
    c.freshness ? FRESHNESS_LABEL[c.freshness] : NOT_CHECKED,
    c.drafts ? (c.drafts.current ? "yes" : "no") : NOT_CHECKED,
    `${c.verdict ?? NOT_CHECKED}${c.alreadyFailing ? cell(` (already failing on ${base})`) : ""}`,
    c.risk ?? "—",
    c.requiredReviewers.length ? cell(c.requiredReviewers.join(", ")) : "—",
  ]);
  return markdownTable([["Campaign", "Freshness", "Drafts current", "Verdict", "Risk", "Reviewers required"], ...rows]);
}

export function workflowTable(workflows: WorkflowGate[]): string {
  const rows = workflows.map((w) => [cell(w.workflow), cell(w.baseline), cell(w.candidate), PROMOTION_LABEL[w.decision]]);
  return markdownTable([["Workflow", "Baseline", "Candidate", "Decision"], ...rows]);
}

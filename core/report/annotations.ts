/**
 * Findings become annotations twice: on the check run (at most 50 per request, so they are sent
 * in batches) and as workflow commands (GitHub shows at most 10 errors and 10 warnings per step;
 * the rest stay visible on the check run and in the job summary).
 */
import type { Finding } from "./types.ts";

export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
export const WORKFLOW_COMMANDS_SHOWN_PER_LEVEL = 10;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: Finding["level"];
  title: string;
  message: string;
}

export function toCheckRunAnnotation(finding: Finding): CheckRunAnnotation {
  const line = Math.max(1, finding.line);
  return { path: finding.path, start_line: line, end_line: line, annotation_level: finding.level, title: finding.title, message: finding.message };
}

/** Splits annotations into the requests GitHub accepts (50 each); always at least one batch. */
export function annotationBatches<T>(annotations: T[], size = CHECK_RUN_ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches.length ? batches : [[]];
}

export interface WorkflowCommandPlan {
  /** Emitted as `::error` / `::warning` / `::notice` (shown on the step). */
  shown: Finding[];
  /** Beyond the step's display: reported through the check run and the job summary only. */
  overflow: Finding[];
}

export function planWorkflowCommands(findings: Finding[], perLevel = WORKFLOW_COMMANDS_SHOWN_PER_LEVEL): WorkflowCommandPlan {
  const seen: Record<Finding["level"], number> = { failure: 0, warning: 0, notice: 0 };
  const plan: WorkflowCommandPlan = { shown: [], overflow: [] };
  for (const finding of findings) {
    seen[finding.level] += 1;
    (seen[finding.level] <= perLevel ? plan.shown : plan.overflow).push(finding);
  }
  return plan;
}

export const RUNNER_LOG_ERRORS = WORKFLOW_COMMANDS_SHOWN_PER_LEVEL;

/**
 * What the step's log prints: the commands GitHub will display, then — when more were found —
 * one plain line saying how many more and where they are, instead of commands nobody sees.
 */
export function runnerLogPlan(findings: Finding[], where: string): { shown: Finding[]; moreLine: string | null } {
  const plan = planWorkflowCommands(findings);
  const more = plan.overflow.length;
  return { shown: plan.shown, moreLine: more === 0 ? null : `and ${more} more ${more === 1 ? "problem" : "problems"}: see ${where}` };
}

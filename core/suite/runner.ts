/**
 * The suite runner: every case through both prompt versions, `repeat` times each, with the same
 * model settings. Its collaborators are injected (render, generate, check, judge), so the suite
 * depends on the other stages only through these small shapes. Every run ends as an outcome or a
 * recorded error: nothing is ever silently missing.
 */
import type { CheckResult } from "../model/index.ts";
import { runPool } from "../pool.ts";
import type { CaseResult, RunOutcome, SuiteCase, SuitePrompt, VersionRole } from "./types.ts";

export interface SuiteMessage {
  role: "system" | "user" | "assistant";
  content: string;
}
export type SuiteGenerateResult =
  | { ok: true; content: Record<string, unknown>; cached: boolean }
  | { ok: false; reason: string };

export interface SuiteCollaborators<P extends SuitePrompt, S> {
  render(version: P, input: Record<string, unknown>): Promise<SuiteMessage[]>;
  generate(request: { messages: SuiteMessage[]; outputSchema: object; schemaName?: string; settings: S; sample?: number }): Promise<SuiteGenerateResult>;
  check(output: Record<string, unknown>, suiteCase: SuiteCase, version: P): CheckResult[] | Promise<CheckResult[]>;
  /** Absent when no judge model is configured: reviewer acceptance is then skipped, never guessed. */
  judge?(output: Record<string, unknown>, suiteCase: SuiteCase, version: P): Promise<CheckResult[]>;
}

export interface SuiteProgress {
  done: number;
  total: number;
  errors: number;
  cached: number;
}

export interface RunSuiteOptions<P extends SuitePrompt, S> {
  cases: SuiteCase[];
  candidate: P & { outputSchema: object };
  baseline: P & { outputSchema: object };
  /** The same settings for both versions: the comparison is of the prompts, not the models. */
  settings: S;
  repeat?: number;
  concurrency?: number;
  collaborators: SuiteCollaborators<P, S>;
  onProgress?: (progress: SuiteProgress) => void;
}

export interface SuiteRun {
  cases: CaseResult[];
  checkLabels: Record<string, string>;
}

export async function runSuite<P extends SuitePrompt, S>(options: RunSuiteOptions<P, S>): Promise<SuiteRun> {
  const repeat = Math.max(1, options.repeat ?? 1);
  const results: CaseResult[] = options.cases.map((c) => ({
    index: c.index, id: c.id, ...(c.reviewerDecision ? { reviewer_decision: c.reviewerDecision } : {}),
    candidate: new Array<RunOutcome>(repeat), baseline: new Array<RunOutcome>(repeat),
  }));
  const checkLabels: Record<string, string> = {};
  const perCase = 2 * repeat;
  const total = options.cases.length * perCase;
  const progress: SuiteProgress = { done: 0, total, errors: 0, cached: 0 };
  await runPool(total, options.concurrency ?? 8, async (task) => {
    const caseIndex = Math.floor(task / perCase);
    const role: VersionRole = task % 2 === 0 ? "candidate" : "baseline";
    const sample = Math.floor((task % perCase) / 2);
    const suiteCase = options.cases[caseIndex]!;
    const outcome = await runOne(options, suiteCase, role, sample, checkLabels);
    results[caseIndex]![role][sample] = outcome;
    progress.done++;
    if (!outcome.ok) progress.errors++;
    else if (outcome.cached) progress.cached++;
    options.onProgress?.({ ...progress });
  });
  return { cases: results, checkLabels };
}

async function runOne<P extends SuitePrompt, S>(
  options: RunSuiteOptions<P, S>, suiteCase: SuiteCase, role: VersionRole, sample: number, labels: Record<string, string>,
): Promise<RunOutcome> {
  const version = options[role];
  const { collaborators } = options;
  let stage: "render" | "generate" | "check" = "render";
  try {
    const messages = await collaborators.render(version, suiteCase.input);
    stage = "generate";
    const generated = await collaborators.generate({
      messages, outputSchema: version.outputSchema, schemaName: version.workflow, settings: options.settings,
      ...(sample > 0 ? { sample } : {}),
    });
    if (!generated.ok) return { ok: false, stage, error: generated.reason };
    stage = "check";
    const checks = [...(await collaborators.check(generated.content, suiteCase, version))];
    if (collaborators.judge) checks.push(...(await collaborators.judge(generated.content, suiteCase, version)));
    return { ...summarizeChecks(checks, labels), ...(generated.cached ? { cached: true } : {}) };
  } catch (error) {
    return { ok: false, stage, error: oneLine(error) };
  }
}

function summarizeChecks(checks: CheckResult[], labels: Record<string, string>): RunOutcome & { ok: true } {
  const statuses: Record<string, CheckResult["status"]> = {};
  const messages: Record<string, string> = {};
  for (const check of checks) {
    labels[check.id] ??= check.label;
    statuses[check.id] = check.status;
    if (check.status === "fail" || check.status === "warn") messages[check.id] = check.message;
  }
  return Object.keys(messages).length > 0 ? { ok: true, checks: statuses, messages } : { ok: true, checks: statuses };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 300);
}

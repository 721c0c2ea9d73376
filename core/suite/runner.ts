/**
 * The suite runner: every case through both prompt versions, `repeat` times each, with the same
 * model settings. Its collaborators are injected (render, generate, check, judge), so the suite
 * depends on the other stages only through these small shapes. Every run ends as an outcome or a
 * recorded error: nothing is ever silently missing.
 */
import type { CheckResult } from "../model/index.ts";
import { runPool } from "../pool.ts";
import type { AnswerSummary, CaseResult, RunFailure, RunOutcome, SuiteCase, SuitePrompt, VersionRole } from "./types.ts";

export interface SuiteMessage {
  role: "system" | "user" | "assistant";
  content: string;
}
export type SuiteGenerateResult =
  | { ok: true; content: Record<string, unknown>; cached: boolean; history?: { first_valid: boolean; repaired: boolean; resent: number; fallback_model?: string } }
  | { ok: false; reason: string; failure?: RunFailure };

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
    if (!generated.ok) return { ok: false, stage, error: generated.reason, ...(generated.failure ? { failure: generated.failure } : {}) };
    stage = "check";
    // Checking is CPU work: let the event loop first send the requests waiting for the slot this
    // answer freed, and take in other answers, so the endpoint is never idle while we check.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const checks = [...(await collaborators.check(generated.content, suiteCase, version))];
    if (collaborators.judge) checks.push(...(await collaborators.judge(generated.content, suiteCase, version)));
    const answer = answerSummary(generated.history);
    return { ...summarizeChecks(checks, labels), ...(generated.cached ? { cached: true } : {}), ...(answer ? { answer } : {}) };
  } catch (error) {
    return { ok: false, stage, error: oneLine(error) };
  }
}

/** Recorded only when the answer was not a plain first answer. */
function answerSummary(history: (SuiteGenerateResult & { ok: true })["history"]): AnswerSummary | undefined {
  if (!history || (history.first_valid && history.resent === 0 && !history.fallback_model)) return undefined;
  return {
    first_valid: history.first_valid,
    ...(history.repaired ? { repaired: true } : {}),
    ...(history.resent > 0 ? { resent: history.resent } : {}),
    ...(history.fallback_model ? { fallback_model: history.fallback_model } : {}),
  };
}

function summarizeChecks(checks: CheckResult[], labels: Record<string, string>): RunOutcome & { ok: true } {
  const statuses: Record<string, CheckResult["status"]> = {};
  const messages: Record<string, string> = {};
  for (const check of checks) {
    labels[check.id] ??= check.label;
    statuses[check.id] = check.status;
    // A skipped judge keeps its reason too: "the judge's answer came from the simulator" must reach the report.
    if (check.status === "fail" || check.status === "warn" || (check.status === "skipped" && check.id.startsWith("judge_"))) messages[check.id] = check.message;
  }
  return Object.keys(messages).length > 0 ? { ok: true, checks: statuses, messages } : { ok: true, checks: statuses };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 300);
}

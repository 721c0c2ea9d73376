/**
 * Small in-test collaborators for the suite runner: each case's input carries a `script` saying
 * which checks fail for which prompt version, so a test states its scenario in the data.
 * (Unit tests only; the end-to-end tests use the real prompts, generator, simulator and evals.)
 */
import type { CheckResult, CheckStatus } from "../model/index.ts";
import { assembleResults } from "./assemble.ts";
import { runSuite, type SuiteCollaborators } from "./runner.ts";
import { selectShard, type Shard } from "./shard.ts";
import type { Criterion, SuiteCase, SuitePrompt, SuiteResults } from "./types.ts";

export interface FakePrompt extends SuitePrompt {
  outputSchema: object;
}
export const CANDIDATE: FakePrompt = { workflow: "trial_expiration_email", version: 8, ref: "trial_expiration_email@8", hash: "sha256:c8", outputSchema: {} };
export const BASELINE: FakePrompt = { workflow: "trial_expiration_email", version: 7, ref: "trial_expiration_email@7", hash: "sha256:b7", outputSchema: {} };

export const LABELS: Record<string, string> = {
  output_schema: "Output schema", grounding: "Claims grounding", restricted_terms: "Legal restricted terms",
  competitor_names: "Competitor names", subject_length: "Subject line length", judge_reviewer: "Judge: reviewer acceptance",
};
const DETERMINISTIC = ["output_schema", "grounding", "restricted_terms", "competitor_names", "subject_length"];

/**
 * `{ v8: { grounding: "fail" }, v7: { error: "generate" } }` — per version, per check (or an error
 * stage; "endpoint": lost to the endpoint), and `answer: "repaired"` for an answer a repair turn gave.
 */
export type Script = Record<string, Record<string, CheckStatus | "generate" | "render" | "check" | "endpoint" | "repaired">>;

export function scriptedCase(id: string, index: number, script: Script = {}, reviewer?: "accept" | "reject"): SuiteCase {
  return { id, index, input: { brief_id: id, script }, source: { file: "fake.jsonl", line: index + 1 }, ...(reviewer ? { reviewerDecision: reviewer } : {}) };
}

function scriptFor(suiteCase: SuiteCase, version: SuitePrompt): Record<string, string> {
  return ((suiteCase.input.script as Script | undefined) ?? {})[`v${version.version}`] ?? {};
}

export function fakeCollaborators(options: { judge?: boolean; onGenerate?: (request: { sample?: number }) => void } = {}): SuiteCollaborators<FakePrompt, { model: string }> {
  const collaborators: SuiteCollaborators<FakePrompt, { model: string }> = {
    async render(version, input) {
      const s = ((input.script as Script | undefined) ?? {})[`v${version.version}`] ?? {};
      if (s.error === "render") throw new Error(`input does not match ${version.ref}'s input schema`);
      return [{ role: "user", content: `${version.ref} ${JSON.stringify(input)}` }];
    },
    async generate(request) {
      options.onGenerate?.(request);
      await new Promise((r) => setTimeout(r, 1));
      const content = request.messages[0]!.content;
      const script = scriptOfMessage(content);
      if (script.error === "generate") return { ok: false, reason: "the answer is not valid JSON, twice", failure: "content" };
      if (script.error === "endpoint") return { ok: false, reason: "cannot reach the model endpoint api.example.com (connection refused (ECONNREFUSED)); check OPENAI_BASE_URL", failure: "endpoint" };
      const history = script.answer === "repaired" ? { first_valid: false, repaired: true, resent: 0 } : { first_valid: true, repaired: false, resent: 0 };
      return { ok: true, content: { body: content }, cached: false, history };
    },
    check(output, suiteCase, version) {
      const s = scriptFor(suiteCase, version);
      if (s.error === "check") throw new Error("grounding index is missing");
      return DETERMINISTIC.map((id) => result(id, (s[id] as CheckStatus | undefined) ?? "pass"));
    },
  };
  if (options.judge) {
    collaborators.judge = async (_output, suiteCase, version) => [result("judge_reviewer", (scriptFor(suiteCase, version).judge_reviewer as CheckStatus | undefined) ?? "pass")];
  }
  return collaborators;
}

/** The script of the version named at the start of the rendered message. */
function scriptOfMessage(content: string): Record<string, string> {
  const [ref, ...rest] = content.split(" ");
  const script = (JSON.parse(rest.join(" ")) as { script?: Script }).script ?? {};
  return script[`v${ref!.split("@")[1]}`] ?? {};
}

function result(id: string, status: CheckStatus): CheckResult {
  return { id, label: LABELS[id] ?? id, status, message: status === "pass" ? "ok" : `${LABELS[id] ?? id} ${status} <in "copy">` };
}

export const CRITERIA: Criterion[] = [
  { metric: "json_validity", op: ">", value: 0.99, label: "JSON validity above 99 percent" },
  { metric: "unsupported_claims", op: "<", value: 0.005, label: "Unsupported claims below 0.5 percent" },
  { metric: "legal_restricted_terms", op: "==", value: 0, label: "Legal restricted-term failures 0" },
  { metric: "reviewer_acceptance", op: ">", value: 0.9, label: "Reviewer acceptance above 90 percent" },
];

/** Runs the fakes over `cases` and puts the results file together, as `copygate eval --out` does. */
export async function fakeResults(cases: SuiteCase[], options: { judge?: boolean; repeat?: number; shard?: Shard | null; criteria?: Criterion[]; path?: string } = {}): Promise<SuiteResults> {
  const all = cases;
  const selected = selectShard(all, options.shard ?? null);
  const run = await runSuite({ cases: selected, candidate: CANDIDATE, baseline: BASELINE, settings: { model: "m" }, repeat: options.repeat ?? 1,
    concurrency: 7, collaborators: fakeCollaborators({ judge: options.judge ?? true }) });
  return assembleResults({
    suite: "trial_expiration_email_eval", candidate: CANDIDATE, baseline: BASELINE,
    dataset: { cases: all, summaries: [{ path: options.path ?? "datasets/trial_expiration_email/historical_briefs.jsonl", cases: all.length }], hash: "sha256:dataset" },
    repeat: options.repeat ?? 1, judge: options.judge === false ? null : "judge-model", model: "gen-model", endpoint: "models.example:8443", criteria: options.criteria ?? CRITERIA,
    shard: options.shard ?? null, run, stats: { calls: selected.length * 2, cache_hits: 0, retries: 0, rate_limited: 0 },
  });
}

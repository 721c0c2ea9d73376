/**
 * The pull-request gate, in the order a reviewer would ask for it. Each numbered stage calls the
 * pipeline through `stages` and the GitHub adapters; nothing here formats text or decides policy.
 * A new stage slots in as one more numbered step.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { affectedByChanges, decideGate, parseRuleRouting, ruleChanges } from "../../core/report/index.ts";
import type { Affected, CampaignGate, Finding, GateReport, RepositoryUses, RuleChange, SuiteComparison, WorkflowGate } from "../../core/report/index.ts";
import { COPYGATE_VERSION } from "../../core/version.ts";
import { compareWithBase } from "./base-compare.ts";
import type { Checked } from "./base-compare.ts";
import { readBaseFile, readBaseProduction } from "./github/base-file.ts";
import { listChangedFiles } from "./github/changed-files.ts";
import { REVIEWER_MAP_FILE } from "./github/review-requests.ts";
import type { Octokit, RepoRef } from "./github/octokit.ts";
import type { GateEvent } from "./lib/event.ts";
import { modelCallRefusal } from "./lib/event.ts";
import type { ActionInputs } from "./lib/inputs.ts";
import { normalizeRoot, underRoot } from "./lib/paths.ts";
import { publishNothingToCheck, publishReport } from "./publish.ts";
import type { PublishIo, Published } from "./publish.ts";
import { CAMPAIGN_NOT_LOADED, INVALID_FILE } from "./stage-types.ts";
import type { Stages } from "./stage-types.ts";

export interface GateRun {
  inputs: ActionInputs;
  /** Absolute path of the checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  repo: RepoRef;
  event: GateEvent;
  octokit: Octokit;
  stages: Stages;
  io: PublishIo;
  /** The clock freshness is judged against; unset means the campaign's own clock (demo or real). */
  now?: Date;
}

export async function main(run: GateRun): Promise<Published> {
  const { inputs, event, octokit, repo, stages } = run;
  const root = `${run.workspace}/${inputs.root}`.replace(/\/\.$/, "");
  // Decided from the event before any request: a fork's token cannot write, so nothing is attempted.
  const refusal = modelCallRefusal(event);

  // 1. The changed files between base and head, mapped to the workflows and campaigns they affect,
  //    and the changes to the rules themselves (production pins, policies) with who must see them.
  const changed = underRoot(await listChangedFiles(octokit, repo, event), inputs.root);
  // Only a changed releases.yaml can move production: the others are not asked for (no request that can only 404).
  const touched = new Set(changed.flatMap((f) => [f.filename, f.previous_filename ?? ""]));
  const uses = await stages.repositoryUses(root, async (workflow) =>
    touched.has(`prompts/${workflow}/releases.yaml`) || touched.has(`prompts/${workflow}/releases.yml`) ? readBaseProduction(octokit, repo, event.baseSha, inputs.root, workflow) : undefined,
  );
  const affected = affectedByChanges(changed, uses);
  const reviewerMapText = await readFile(join(run.workspace, REVIEWER_MAP_FILE), "utf8").catch(() => null);
  const rules: RuleChange[] = ruleChanges(changed, uses, reviewerMapText ? parseRuleRouting(reviewerMapText, REVIEWER_MAP_FILE) : undefined);
  run.io.info(`copygate: ${count(changed.length, "changed file")}; ${count(Object.keys(affected.campaigns).length, "campaign")} and ${count(Object.keys(affected.workflows).length, "workflow")} affected`);

  // 2. A pull request that touches nothing copygate reads gets one success line and no comment.
  if (nothingToCheck(affected, rules)) return publishNothingToCheck(run);

  // 3. Validate the changed files and every affected campaign's brief (its cross-references to
  //    claims, policies and prompts may break without the campaign file changing).
  const validatedFiles = filesToValidate(affected, uses);
  const findings: Finding[] = await stages.validateFiles(root, validatedFiles);

  // 4. Per affected campaign: data freshness, drafts current, checks on the drafts and the approval checkpoint.
  const checked = await checkCampaigns(run, root, affected, uses, findings);

  // 4b. Rollout: a campaign whose rollout.stage moved is checked against the stage order and its test's results.
  const movedDirs = uses.campaigns.filter((c) => affected.campaigns[c.id]).map((c) => c.dir);
  const rollout = movedDirs.length
    ? await (await import("./stages/rollout.ts")).checkRolloutMoves(root, movedDirs, (path) => readBaseFile(octokit, repo, event.baseSha, `${normalizeRoot(inputs.root)}${path}`))
    : { findings: [], sections: [] };
  checked.findings.push(...rollout.findings);

  // 5. The eval suite, candidate against baseline, for each changed prompt version or production pin.
  const workflows: WorkflowGate[] = [];
  for (const workflow of Object.keys(affected.workflows).sort()) {
    const comparison = affected.suites[workflow];
    if (!comparison) continue; // e.g. only a fallback template changed: its campaigns are checked above
    workflows.push(refusal ? notRun(workflow, comparison, refusal) : await stages.evaluateWorkflow(root, workflow, comparison, modelAccess(inputs)));
  }
  // 6. A candidate that must not be promoted is a finding on its prompt file.
  checked.findings.push(...workflows.flatMap((w) => promotionFinding(w, affected.filesToValidate)));

  // 7. Failures the base branch already has are reported apart and do not fail this pull request.
  const compared = await compareWithBase(run, checked);

  // 8. Report: job summary, sticky comment, check run with annotations, risk label, review requests.
  const { decision, risk } = decideGate(compared.campaigns, workflows, compared.findings.some((f) => f.level === "failure"), rules);
  const prefix = normalizeRoot(inputs.root);
  // Annotations need repository-relative paths; the stages speak relative to the copygate root.
  const atRepository = (f: Finding): Finding => ({ ...f, path: `${prefix}${f.path}` });
  const report: GateReport = {
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: event.pullRequest,
    headSha: event.headSha,
    decision,
    risk,
    campaigns: compared.campaigns,
    workflows,
    findings: compared.findings.map(atRepository),
    notes: [...(refusal ? [refusal] : []), ...compared.notes],
    base: event.baseRef,
    existing: compared.existing.map(atRepository),
    ruleChanges: rules,
    provenance: provenance(compared.campaigns, workflows),
    rollout: rollout.sections,
  };
  return publishReport(run, report, reviewerMapText);
}

function nothingToCheck(affected: Affected, rules: RuleChange[]): boolean {
  return Object.keys(affected.campaigns).length === 0 && Object.keys(affected.workflows).length === 0 && affected.filesToValidate.length === 0 && rules.length === 0;
}

/** The changed files with a schema, plus campaign.yaml of every affected campaign. */
function filesToValidate(affected: Affected, uses: RepositoryUses): string[] {
  const briefs = Object.keys(affected.campaigns).flatMap((id) => {
    const use = uses.campaigns.find((c) => c.id === id);
    return use ? [`${use.dir}/campaign.yaml`] : [];
  });
  return [...new Set([...affected.filesToValidate, ...briefs])].sort();
}

async function checkCampaigns(run: GateRun, root: string, affected: Affected, uses: RepositoryUses, findings: Finding[]): Promise<Checked> {
  const campaigns: CampaignGate[] = [];
  const dirs: Record<string, string> = {};
  const invalid = [...new Set(findings.filter((f) => f.title === INVALID_FILE).map((f) => f.path))];
  for (const id of Object.keys(affected.campaigns).sort()) {
    const use = uses.campaigns.find((c) => c.id === id)!;
    // Generation refuses a campaign whose own files or policies do not validate: its advice must say so.
    const policyFiles = Object.entries(use.policies).map(([kind, version]) => `policies/${kind}/${version}.yaml`);
    const invalidFiles = invalid.filter((path) => path.startsWith(`${use.dir}/`) || policyFiles.includes(path));
    const checked = await run.stages.checkCampaign(root, use.dir, { ...(run.now ? { now: run.now } : {}), invalidFiles });
    campaigns.push(checked.gate);
    dirs[checked.gate.campaign] = use.dir;
    // A file validation already annotated needs no second annotation from the campaign check.
    findings.push(...checked.findings.filter((f) => f.title !== CAMPAIGN_NOT_LOADED || !findings.some((v) => v.path === f.path && v.title === INVALID_FILE)));
  }
  return { findings, campaigns, dirs, validatedFiles: filesToValidate(affected, uses) };
}

/** A candidate that must not be promoted is annotated on its prompt file (or releases.yaml). */
function promotionFinding(gate: WorkflowGate, changedFiles: string[]): Finding[] {
  if (gate.decision !== "do_not_promote") return [];
  const prompt = changedFiles.find((f) => f.startsWith(`prompts/${gate.workflow}/`) && f.endsWith(`.${gate.candidate}.prompt`));
  const path = prompt ?? `prompts/${gate.workflow}/releases.yaml`;
  const unsettled = gate.inconclusive ?? [];
  const notMet = (gate.blocking ?? []).filter((label) => !unsettled.includes(label));
  const inconclusive = unsettled.length ? ` Inconclusive: ${unsettled.join("; ")}.` : "";
  const message = `Do not promote ${gate.candidate} over ${gate.baseline}. Criteria not met${notMet.length ? `: ${notMet.join("; ")}` : ""}.${inconclusive}`;
  return [{ path, line: 1, level: "failure", title: "eval suite", message }];
}

/** One line per campaign's drafts and per suite that ran (endpoint host, models, cache hits, dataset), and the copygate version. */
function provenance(campaigns: CampaignGate[], workflows: WorkflowGate[]): string[] {
  const suites = workflows
    .filter((w) => w.provenance?.length)
    .map((w) => `${w.workflow} suite: ${w.provenance!.filter((part) => !part.startsWith("copygate ")).join(" · ")}`);
  const drafts = campaigns.filter((c) => c.provenance?.length).map((c) => `${c.campaign} drafts: ${c.provenance!.join(" · ")}`);
  return [...drafts, ...suites, `copygate ${COPYGATE_VERSION}`];
}

function modelAccess(inputs: ActionInputs) {
  return { apiKey: inputs.openaiApiKey, baseUrl: inputs.openaiBaseUrl, model: inputs.model, concurrency: inputs.concurrency };
}

function notRun(workflow: string, comparison: SuiteComparison, why: string): WorkflowGate {
  const version = (v: number | "production") => (v === "production" ? "production" : `v${v}`);
  return { workflow, baseline: version(comparison.baseline), candidate: version(comparison.candidate), decision: "not_run", comparison: "", notes: [why] };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

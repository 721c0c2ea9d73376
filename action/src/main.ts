/**
 * The pull-request gate, in the order a reviewer would ask for it. Each step calls the pipeline
 * through `stages` and the GitHub adapters; nothing here formats text or decides policy.
 */
import { affectedByChanges, decideGate } from "../../core/report/index.ts";
import type { CampaignGate, Finding, GateReport, SuiteComparison, WorkflowGate } from "../../core/report/index.ts";
import { readBaseFile, readBaseProduction } from "./github/base-file.ts";
import { listChangedFiles } from "./github/changed-files.ts";
import type { Octokit, RepoRef } from "./github/octokit.ts";
import type { GateEvent } from "./lib/event.ts";
import { modelCallRefusal } from "./lib/event.ts";
import type { ActionInputs } from "./lib/inputs.ts";
import { normalizeRoot, underRoot } from "./lib/paths.ts";
import { publishReport } from "./publish.ts";
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
  const refusal = modelCallRefusal(event);

  // 1. The changed files between base and head, mapped to the workflows and campaigns they affect.
  const changed = underRoot(await listChangedFiles(octokit, repo, event), inputs.root);
  const uses = await stages.repositoryUses(root, (workflow) => readBaseProduction(octokit, repo, event.baseSha, inputs.root, workflow));
  const affected = affectedByChanges(changed, uses);
  run.io.info(`copygate: ${count(changed.length, "changed file")}; ${count(Object.keys(affected.campaigns).length, "campaign")} and ${count(Object.keys(affected.workflows).length, "workflow")} affected`);

  // 2. Validate the affected files, with annotations at file:line.
  const findings: Finding[] = await stages.validateFiles(root, affected.filesToValidate);

  // 3–5. Per affected campaign: data freshness, drafts current, checks on the drafts and the approval checkpoint.
  const campaigns: CampaignGate[] = [];
  for (const id of Object.keys(affected.campaigns).sort()) {
    const use = uses.campaigns.find((c) => c.id === id)!;
    const checked = await stages.checkCampaign(root, use.dir, run.now ? { now: run.now } : {});
    campaigns.push(checked.gate);
    // A file validation already annotated needs no second annotation from the campaign check.
    findings.push(...checked.findings.filter((f) => f.title !== CAMPAIGN_NOT_LOADED || !findings.some((v) => v.path === f.path && v.title === INVALID_FILE)));
  }

  // 5b. Rollout: a campaign whose rollout.stage moved is checked against the stage order and its test's results.
  const movedDirs = uses.campaigns.filter((c) => affected.campaigns[c.id]).map((c) => c.dir);
  const rollout = movedDirs.length
    ? await (await import("./stages/rollout.ts")).checkRolloutMoves(root, movedDirs, (path) => readBaseFile(octokit, repo, event.baseSha, `${normalizeRoot(inputs.root)}${path}`))
    : { findings: [], sections: [] };
  findings.push(...rollout.findings);

  // 6. The eval suite, candidate against baseline, for each changed prompt version or production pin.
  const workflows: WorkflowGate[] = [];
  for (const workflow of Object.keys(affected.workflows).sort()) {
    const comparison = affected.suites[workflow];
    if (!comparison) continue; // e.g. only a fallback template changed: its campaigns are checked above
    workflows.push(refusal ? notRun(workflow, comparison, refusal) : await stages.evaluateWorkflow(root, workflow, comparison, modelAccess(inputs)));
  }

  findings.push(...workflows.flatMap((w) => promotionFinding(w, affected.filesToValidate)));

  // 7. Report: job summary, sticky comment, check run with annotations, risk label, review requests.
  const { decision, risk } = decideGate(campaigns, workflows, findings.some((f) => f.level === "failure"));
  const report: GateReport = {
    repository: `${repo.owner}/${repo.repo}`,
    pullRequest: event.pullRequest,
    headSha: event.headSha,
    decision,
    risk,
    campaigns,
    workflows,
    // Annotations need repository-relative paths; the stages speak relative to the copygate root.
    findings: findings.map((f) => ({ ...f, path: `${normalizeRoot(inputs.root)}${f.path}` })),
    notes: refusal ? [refusal] : [],
    rollout: rollout.sections,
  };
  return publishReport(run, report);
}

/** A candidate that must not be promoted is annotated on its prompt file (or releases.yaml). */
function promotionFinding(gate: WorkflowGate, changedFiles: string[]): Finding[] {
  if (gate.decision !== "do_not_promote") return [];
  const prompt = changedFiles.find((f) => f.startsWith(`prompts/${gate.workflow}/`) && f.endsWith(`.${gate.candidate}.prompt`));
  const path = prompt ?? `prompts/${gate.workflow}/releases.yaml`;
  const blocking = gate.blocking?.length ? `: ${gate.blocking.join("; ")}` : "";
  return [{ path, line: 1, level: "failure", title: "eval suite", message: `Do not promote ${gate.candidate} over ${gate.baseline}. Criteria not met${blocking}.` }];
}

function modelAccess(inputs: ActionInputs) {
  return { apiKey: inputs.openaiApiKey, baseUrl: inputs.openaiBaseUrl, model: inputs.model, concurrency: inputs.concurrency };
}

function notRun(workflow: string, comparison: SuiteComparison, why: string): WorkflowGate {
  const version = (v: number | "production") => (v === "production" ? "production" : `v${v}`);
  return { workflow, baseline: version(comparison.baseline), candidate: version(comparison.candidate), decision: "not_run", comparison: "", notes: [why] };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

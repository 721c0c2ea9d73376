/**
 * The pull-request gate, in the order a reviewer would ask for it. Each step calls the pipeline
 * through `stages` and the GitHub adapters; nothing here formats text or decides policy.
 */
import { affectedByChanges, decideGate } from "../../core/report/index.ts";
import type { CampaignGate, Finding, GateReport, WorkflowGate } from "../../core/report/index.ts";
import { readBaseProduction } from "./github/base-file.ts";
import { listChangedFiles } from "./github/changed-files.ts";
import type { Octokit, RepoRef } from "./github/octokit.ts";
import type { GateEvent } from "./lib/event.ts";
import { modelCallRefusal } from "./lib/event.ts";
import type { ActionInputs } from "./lib/inputs.ts";
import { underRoot } from "./lib/paths.ts";
import { publishReport } from "./publish.ts";
import type { PublishIo, Published } from "./publish.ts";
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
  run.io.info(`copygate: ${changed.length} changed files; ${Object.keys(affected.campaigns).length} campaigns and ${Object.keys(affected.workflows).length} workflows affected`);

  // 2. Validate the affected files, with annotations at file:line.
  const findings: Finding[] = await stages.validateFiles(root, affected.filesToValidate);

  // 3–5. Per affected campaign: data freshness, drafts current, checks on the drafts and the approval checkpoint.
  const campaigns: CampaignGate[] = [];
  for (const id of Object.keys(affected.campaigns).sort()) {
    const use = uses.campaigns.find((c) => c.id === id)!;
    const checked = await stages.checkCampaign(root, use.dir, run.now ? { now: run.now } : {});
    campaigns.push(checked.gate);
    // A file validation already annotated at that line needs no second annotation.
    findings.push(...checked.findings.filter((f) => !findings.some((v) => v.path === f.path && v.line === f.line && v.title === "invalid file")));
  }

  // 6. The eval suite, candidate against baseline, for each changed prompt version or production pin.
  const workflows: WorkflowGate[] = [];
  for (const workflow of Object.keys(affected.workflows).sort()) {
    workflows.push(refusal ? notRun(workflow, refusal) : await stages.evaluateWorkflow(root, workflow, modelAccess(inputs)));
  }

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
    findings,
    notes: refusal ? [refusal] : [],
  };
  return publishReport(run, report);
}

function modelAccess(inputs: ActionInputs) {
  return { apiKey: inputs.openaiApiKey, baseUrl: inputs.openaiBaseUrl, model: inputs.model, concurrency: inputs.concurrency };
}

function notRun(workflow: string, why: string): WorkflowGate {
  return { workflow, baseline: "production", candidate: "changed", decision: "not_run", comparison: "", notes: [why] };
}

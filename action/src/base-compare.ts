/**
 * Stage 7 of the gate: which failures this pull request introduced and which the base branch
 * already had. The same validation and campaign checks run on the base commit's files; a failure
 * found there too (same file, check and message) is reported apart and does not fail the pull
 * request, unless `fail-on-existing` says it should.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { markAlreadyFailing, splitExisting } from "../../core/report/index.ts";
import type { CampaignGate, Finding } from "../../core/report/index.ts";
import { checkoutBase } from "./lib/base-tree.ts";
import type { GateRun } from "./main.ts";

export interface Checked {
  findings: Finding[];
  campaigns: CampaignGate[];
  /** campaign id → its folder, relative to the copygate root */
  dirs: Record<string, string>;
  validatedFiles: string[];
}

export interface Compared extends Checked {
  existing: Finding[];
  notes: string[];
}

export async function compareWithBase(run: GateRun, checked: Checked): Promise<Compared> {
  const unchanged: Compared = { ...checked, existing: [], notes: [] };
  if (run.inputs.failOnExisting || !checked.findings.some((f) => f.level === "failure")) return unchanged;
  const base = await checkoutBase(run.workspace, run.event.baseSha, run.inputs.root);
  if ("unavailable" in base) return { ...unchanged, notes: [`Could not compare with ${run.event.baseRef}: ${base.unavailable}. Every failure counts as new.`] };
  try {
    const baseRoot = join(base.dir, run.inputs.root);
    const onBase = await baseFindings(run, baseRoot, checked);
    const split = splitExisting(checked.findings, onBase.findings);
    const campaigns = markAlreadyFailing(checked.campaigns, checked.dirs, split, onBase.failed);
    return { ...checked, findings: split.introduced, campaigns, existing: split.existing, notes: [] };
  } finally {
    await base.remove();
  }
}

async function baseFindings(run: GateRun, baseRoot: string, checked: Checked): Promise<{ findings: Finding[]; failed: Set<string> }> {
  const exists = (path: string) => access(join(baseRoot, path)).then(() => true, () => false);
  const files = (await Promise.all(checked.validatedFiles.map(async (f) => ((await exists(f)) ? [f] : [])))).flat();
  const findings = await run.stages.validateFiles(baseRoot, files);
  const failed = new Set<string>();
  for (const [id, dir] of Object.entries(checked.dirs)) {
    if (!(await exists(join(dir, "campaign.yaml")))) continue;
    const result = await run.stages.checkCampaign(baseRoot, dir, run.now ? { now: run.now } : {});
    findings.push(...result.findings);
    if (result.findings.some((f) => f.level === "failure")) failed.add(id);
  }
  return { findings, failed };
}

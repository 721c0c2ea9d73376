/**
 * Per prompt version of a workflow, what it scored and what it earned: the releases.yaml history
 * (dates, notes, status, which is production), the eval suite's pass rates from results files,
 * the checks on each campaign's committed drafts, and the business results its sends produced.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { loadCampaign, loadReleases } from "../files/index.ts";
import type { Campaign } from "../model/index.ts";
import { buildReport, readResultsFile } from "../suite/index.ts";
import { COUNT_COLUMNS, type ArmCounts } from "./metrics.ts";
import { armTotals, loadResults } from "./results.ts";
import { DEFAULT_RESULTS } from "./load.ts";

export interface EvalScore {
  /** The results file it came from. */
  source: string;
  /** Metric pass rates, e.g. { label: "JSON validity", pass: 240, total: 240 }. */
  metrics: { label: string; pass: number; total: number }[];
  /** The suite's decision when this version was the candidate. */
  decision?: string;
}

export interface VersionRecord {
  version: number;
  date?: string;
  note?: string;
  status?: string;
  production: boolean;
  evals: EvalScore | null;
  /** Verdicts of the committed drafts written by this version, per campaign. */
  drafts: { campaign: string; pass: number; review: number; fail: number }[];
  /** Summed over the workflow's campaigns; null when nothing was sent with this version. */
  business: (ArmCounts & { campaigns: string[] }) | null;
}

export interface WorkflowHistory {
  workflow: string;
  production: number;
  versions: VersionRecord[];
  /** Campaigns or files that could not be read, one line each: shown, never silently dropped. */
  notes: string[];
}

export async function loadWorkflowHistory(root: string, workflow: string, evalFiles: string[] = []): Promise<WorkflowHistory> {
  const releases = await loadReleases(root, workflow);
  const notes: string[] = [];
  const evals = await evalScores(root, evalFiles);
  const campaigns = await workflowCampaigns(root, workflow, notes);
  const drafts = await draftVerdicts(root, campaigns);
  const business = await businessResults(root, campaigns, notes);
  const versions = new Set<number>([...releases.history.map((h) => h.version), ...evals.keys(), ...business.keys(), ...drafts.keys()]);
  const records = [...versions].sort((a, b) => a - b).map((version): VersionRecord => {
    const entry = releases.history.find((h) => h.version === version);
    return {
      version,
      ...(entry ? { date: dateText(entry.date), note: entry.note, status: entry.status } : {}),
      production: version === releases.production,
      evals: evals.get(version) ?? null,
      drafts: drafts.get(version) ?? [],
      business: business.get(version) ?? null,
    };
  });
  return { workflow, production: releases.production, versions: records, notes };
}

async function evalScores(root: string, files: string[]): Promise<Map<number, EvalScore>> {
  const scores = new Map<number, EvalScore>();
  for (const file of files) {
    const results = await readResultsFile(root, file);
    const report = buildReport(results);
    const lines = report.automated.filter((l) => results.criteria.some((c) => c.metric === l.id));
    scores.set(results.baseline.version, { source: file, metrics: lines.map((l) => ({ label: l.label, ...l.baseline })) });
    scores.set(results.candidate.version, { source: file, metrics: lines.map((l) => ({ label: l.label, ...l.candidate })), decision: report.decision.promote ? "promote" : "do not promote" });
  }
  return scores;
}

async function workflowCampaigns(root: string, workflow: string, notes: string[]): Promise<{ dir: string; campaign: Campaign }[]> {
  const folders = await readdir(join(root, "campaigns"), { withFileTypes: true }).catch(() => []);
  const found: { dir: string; campaign: Campaign }[] = [];
  for (const folder of folders.filter((f) => f.isDirectory()).map((f) => f.name).sort()) {
    const dir = `campaigns/${folder}`;
    try {
      const campaign = await loadCampaign(root, dir);
      if (campaign.workflow === workflow) found.push({ dir, campaign });
    } catch (error) {
      notes.push(`${dir}/campaign.yaml could not be read: ${(error as Error).message}`);
    }
  }
  return found;
}

async function draftVerdicts(root: string, campaigns: { dir: string; campaign: Campaign }[]): Promise<Map<number, VersionRecord["drafts"]>> {
  const byVersion = new Map<number, VersionRecord["drafts"]>();
  for (const { dir, campaign } of campaigns) {
    const text = await readFile(join(root, dir, "drafts.json"), "utf8").catch(() => null);
    if (text === null) continue;
    const drafts = JSON.parse(text) as { provenance?: { prompt_version?: number }; variants?: { evals?: { verdict?: string } }[] };
    const version = drafts.provenance?.prompt_version;
    if (typeof version !== "number") continue;
    const count = (verdict: string) => (drafts.variants ?? []).filter((v) => v.evals?.verdict === verdict).length;
    byVersion.set(version, [...(byVersion.get(version) ?? []), { campaign: campaign.id, pass: count("pass"), review: count("review"), fail: count("fail") }]);
  }
  return byVersion;
}

async function businessResults(root: string, campaigns: { dir: string; campaign: Campaign }[], notes: string[]): Promise<Map<number, NonNullable<VersionRecord["business"]>>> {
  const byVersion = new Map<number, NonNullable<VersionRecord["business"]>>();
  for (const { dir, campaign } of campaigns) {
    const input = campaign.rollout?.results ?? DEFAULT_RESULTS;
    let rows;
    try {
      rows = (await loadResults(root, dir, input)).rows;
    } catch (error) {
      // A campaign without results yet has simply not sent; any other problem is worth a line.
      if (!(error instanceof InputError && /does not exist/.test(error.message) && !campaign.rollout?.results)) notes.push(`${dir}: results not read: ${(error as Error).message}`);
      continue;
    }
    for (const version of new Set(rows.map((r) => r.prompt_version))) {
      const totals = armTotals(rows, version);
      const sum = byVersion.get(version) ?? { ...(Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as ArmCounts), campaigns: [] };
      for (const column of COUNT_COLUMNS) sum[column] += totals[column];
      sum.campaigns.push(campaign.id);
      byVersion.set(version, sum);
    }
  }
  return byVersion;
}

/** YAML may read an unquoted date as a Date: show it as the day it names. */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Loads what an analysis needs from the repository: campaign.yaml, releases.yaml, the results. */
import { join } from "node:path";
import type { SourceOptions } from "../contract/index.ts";
import { InputError } from "../errors.ts";
import { loadCampaign, loadReleases, type Releases } from "../files/index.ts";
import type { Campaign, ResultsInput, Rollout } from "../model/index.ts";
import { analyzeRollout, type RolloutAnalysis } from "./analyze.ts";
import { loadResults } from "./results.ts";

/** Results sit in results.csv beside campaign.yaml unless the rollout names another place. */
export const DEFAULT_RESULTS: ResultsInput = { file: "results.csv" };

export interface RolloutContext {
  campaign: Campaign;
  rollout: Rollout;
  releases: Releases;
  production: number;
  candidate: number;
}

export async function loadRolloutContext(root: string, campaignDir: string): Promise<RolloutContext> {
  const campaign = await loadCampaign(root, campaignDir);
  const file = join(campaignDir, "campaign.yaml");
  if (!campaign.rollout) throw new InputError("the campaign has no rollout block", { file, hint: "add rollout: { stage: offline } and move it stage by stage" });
  const releases = await loadReleases(root, campaign.workflow);
  return { campaign, rollout: campaign.rollout, releases, production: releases.production, candidate: candidateVersion(campaign.rollout, releases, file) };
}

/** rollout.candidate, else the newest version releases.yaml marks as candidate. */
export function candidateVersion(rollout: Rollout, releases: Releases, file: string): number {
  if (rollout.candidate !== undefined) return rollout.candidate;
  const candidates = releases.history.filter((h) => h.status === "candidate").map((h) => h.version);
  if (!candidates.length) throw new InputError(`no candidate version: prompts/${releases.workflow}/releases.yaml marks none as candidate`, { file, field: "rollout.candidate", hint: "name the version under test as rollout.candidate" });
  return Math.max(...candidates);
}

/** The test's analysis; `criteria` may come from another commit (the base of a stage move). */
export async function loadRolloutAnalysis(root: string, campaignDir: string, options: SourceOptions & { criteria?: Rollout } = {}): Promise<RolloutAnalysis> {
  const context = await loadRolloutContext(root, campaignDir);
  const results = await loadResults(root, campaignDir, context.rollout.results ?? DEFAULT_RESULTS, options);
  const rollout = options.criteria ? { ...options.criteria, results: context.rollout.results } : context.rollout;
  return analyzeRollout({ campaign: context.campaign.id, rollout, production: context.production, candidate: context.candidate, results });
}

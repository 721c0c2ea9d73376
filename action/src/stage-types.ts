/** What main needs from the pipeline stages, as plain data: the seam between the Action and core/. */
import type { CampaignGate, Finding, RepositoryUses, SuiteComparison, WorkflowGate } from "../../core/report/index.ts";

export interface ModelAccess {
  apiKey: string;
  /** OpenAI-compatible base URL; empty means the bundled simulator. */
  baseUrl: string;
  /** Overrides the prompt's own model when set. */
  model: string;
  concurrency: number;
}

export interface Stages {
  /**
   * Every campaign and what it uses; the production prompt version per workflow at base and head
   * (`baseProduction` answers undefined when the workflow's releases.yaml did not change: same as head).
   */
  repositoryUses(root: string, baseProduction: (workflow: string) => Promise<number | null | undefined>): Promise<RepositoryUses>;
  /** Schema and cross-reference problems in these repository-relative files, at file:line. */
  validateFiles(root: string, files: string[]): Promise<Finding[]>;
  /** Freshness, drafts currency, checks on the committed drafts and the approval checkpoint. */
  checkCampaign(root: string, campaignDir: string, options: { now?: Date; invalidFiles?: string[] }): Promise<{ gate: CampaignGate; findings: Finding[] }>;
  /** The workflow's eval suite, candidate against baseline (only called when model calls are allowed). */
  evaluateWorkflow(root: string, workflow: string, comparison: SuiteComparison, model: ModelAccess): Promise<WorkflowGate>;
}

/** Finding titles main.ts uses to avoid annotating the same broken file twice. */
export const INVALID_FILE = "invalid file";
export const CAMPAIGN_NOT_LOADED = "campaign not loaded";

/**
 * The gate's findings for one pull request, as plain data. The Action fills it from the core
 * stages; the builders in this folder turn it into the PR comment, the job summary, the check-run
 * annotations and the risk label. Nothing here knows about GitHub's API.
 */
import type { ApprovalCheckpoint, FreshnessDecision, RiskLevel, Verdict } from "../model/index.ts";

/** The overall decision of the gate: the worst of every campaign and workflow verdict. */
export type GateDecision = "pass" | "review" | "fail";

/** A finding at a place in a file: becomes a check-run annotation and a workflow command. */
export interface Finding {
  path: string;
  line: number;
  level: "notice" | "warning" | "failure";
  title: string;
  message: string;
}

export interface DraftsCurrency {
  current: boolean;
  /** Why the committed drafts no longer match today's inputs, one sentence each. */
  reasons: string[];
}

export interface DraftPreview {
  /** "personalized:admin", "generic", … */
  audience: string;
  recipients: number;
  source: "model" | "fallback_template";
  /** The draft's fields in the workflow's output schema (strings or lists of strings shown). */
  content: Record<string, unknown>;
}

export interface CampaignGate {
  campaign: string;
  workflow: string;
  /** null when freshness was not checked (e.g. the campaign file did not load). */
  freshness: FreshnessDecision | null;
  /** One line per input that did not pass, e.g. "audience_segment: 30.0 h old, limit 24 h (stop)". */
  freshnessNotes: string[];
  drafts: DraftsCurrency | null;
  verdict: Verdict | null;
  risk: RiskLevel | null;
  requiredReviewers: string[];
  checkpoint: ApprovalCheckpoint | null;
  previews: DraftPreview[];
  /** Lines a reviewer must read (why the campaign fails or was skipped). */
  notes: string[];
  /** Where the committed drafts came from (model, prompt version, when, trace), one line each. */
  provenance?: string[];
  /** It failed the same way on the base branch: shown apart, and it does not fail this pull request. */
  alreadyFailing?: boolean;
}

export interface WorkflowGate {
  workflow: string;
  baseline: string;
  candidate: string;
  /** The suite's verdict in its own vocabulary (promote, not yet, do not promote), or not run. */
  decision: "promote" | "not_yet" | "do_not_promote" | "not_run";
  /** The suite's own formatted comparison (markdown), shown as given within a size budget. */
  comparison: string;
  notes: string[];
  /** The promotion criteria that do not hold (empty unless do_not_promote or not_yet). */
  blocking?: string[];
  /** Of those, the criteria met as observed but inconclusive (the data cannot tell yet). */
  inconclusive?: string[];
  /** The suite's decision sentence, e.g. "Not yet: 2 criteria are inconclusive on 120 cases — …". */
  headline?: string;
  /** Where its numbers came from: endpoint host and model, judge, cache hits, dataset and hash, version. */
  provenance?: string[];
}

/** A change to the rules themselves (a production move, approved claims, legal, brand) and who must see it. */
export interface RuleChange {
  /** "prompts/trial_expiration_email/releases.yaml: production v7 → v8" */
  reason: string;
  kind: RuleChangeKind;
  risk: RiskLevel;
  reviewers: string[];
}

export type RuleChangeKind = "production" | "claims" | "legal" | "brand";

export interface GateReport {
  repository: string;
  pullRequest: number | null;
  headSha: string;
  decision: GateDecision;
  risk: RiskLevel | null;
  campaigns: CampaignGate[];
  workflows: WorkflowGate[];
  findings: Finding[];
  /** Lines about the run itself, e.g. "Model calls skipped: pull request from a fork." */
  notes: string[];
  /** The base branch's name, for "already failing on main". */
  base?: string;
  /** Failures that exist on the base branch too: shown apart; they do not fail this pull request. */
  existing?: Finding[];
  /** Changes to the rules (production pins, policies) with the risk and reviewers they require. */
  ruleChanges?: RuleChange[];
  /** Lines about the run's inputs and tools (copygate version, models); one line each. */
  provenance?: string[];
  /** Rollout stage moves with their evidence, as markdown sections (core/rollout stageMoveSection). */
  rollout?: string[];
}

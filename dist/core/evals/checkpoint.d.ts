import type { ApprovalCheckpoint, CheckResult } from "../model/index.ts";
/** The approval checkpoint as reviewers read it in the terminal, the PR and drafts.json. */
export declare function formatCheckpoint(checkpoint: ApprovalCheckpoint, checks: CheckResult[]): string;

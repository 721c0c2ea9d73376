import { checkFreshness } from "../contract/index.ts";
import type { DraftsFile } from "../model/index.ts";
import type { CampaignContext } from "./context.ts";
/** What checkFreshness returns: the verdict and the snapshots it read. */
type ContractResult = Awaited<ReturnType<typeof checkFreshness>>;
export type DraftsCurrency = "current" | "stale" | "missing" | "tampered";
export interface DraftsCurrencyVerdict {
    campaign: string;
    status: DraftsCurrency;
    /** Each reason names what changed since the drafts were generated. */
    reasons: string[];
    drafts: DraftsFile | null;
    /** What to run to bring the drafts up to date. */
    remedy: string;
}
/**
 * Are the committed drafts what today's prompt, brief, policies and inputs would be generated from?
 * Reviewers approve the drafts in the diff, so drafts from an older prompt must never pass as current.
 */
export declare function checkDraftsCurrent(args: {
    root: string;
    campaignDir: string;
    now: Date;
    /** What the caller already loaded (the Action has both): not read or computed a second time. */
    context?: CampaignContext;
    contract?: ContractResult;
}): Promise<DraftsCurrencyVerdict>;
export {};

import type { Campaign, Policies } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
export interface CheckContextInput {
    campaign: Campaign;
    policies: Policies;
    outputSchema: object;
    /** The cohort's usage summary, when the draft is a personalized variant. */
    usageSummary?: string;
    /** CRM free text the draft was written next to; never to be obeyed. */
    crmNotes?: string[];
}
/** The deterministic checks' view of a campaign: its channel, policies, brief, offer and deadlines. */
export declare function checkContextFor(input: CheckContextInput): CheckContext;

import type { Campaign, Policies } from "../model/index.ts";
import type { Cohort } from "./types.ts";
/** The keys of the standard context, two levels deep: what any workflow's input schema may draw from. */
export declare const STANDARD_CONTEXT: Record<string, readonly string[] | null>;
/** Role shown to a prompt for the generic variant, which addresses every role at once. */
export declare const GENERIC_ROLE = "any";
/** Builds the standard prompt context from a campaign, its pinned policies and one cohort. */
export declare function buildPromptInput({ campaign, policies, cohort }: {
    campaign: Campaign;
    policies: Policies;
    cohort: Cohort;
}): Record<string, unknown>;

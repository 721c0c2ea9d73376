import type { Campaign } from "../model/index.ts";
import type { Cohort } from "./types.ts";
export type PreviewCohortName = "generic" | "admin" | "analyst" | "viewer";
/**
 * The cohort a prompt preview renders for: the real one from the campaign's data contract when
 * the audience has it, else a stand-in without usage (and a note saying so). Aggregates only.
 */
export declare function previewCohort(root: string, campaign: Campaign, name: PreviewCohortName): Promise<{
    cohort: Cohort;
    note?: string;
}>;

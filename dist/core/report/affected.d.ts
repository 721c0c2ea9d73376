/**
 * Which workflows and campaigns a pull request affects, from its changed files:
 * a prompt version → its workflow's suite (and the campaigns that use that version);
 * releases.yaml → the workflow when its production version changes (and campaigns on @production);
 * a policy or a source definition → every campaign that uses it; a campaign file → that campaign.
 */
export interface ChangedFile {
    filename: string;
    status: string;
    previous_filename?: string;
}
export interface CampaignUse {
    id: string;
    /** Repository-relative folder, e.g. "campaigns/trial-expiration-3d". */
    dir: string;
    workflow: string;
    /** "wf@production" or "wf@8". */
    prompt: string;
    /** Policy kind folder → pinned version, e.g. { claims: "claims_v14", legal: "legal_v9", brand: "brand_v6" }. */
    policies: Record<string, string>;
    /** Source definition names its contract reads. */
    sources: string[];
    /** Files those sources read (file sources only), repository-relative. */
    sourceFiles: string[];
}
export interface RepositoryUses {
    campaigns: CampaignUse[];
    /** Production version per workflow at the base and at the head (null when absent). */
    production: Record<string, {
        base: number | null;
        head: number | null;
    }>;
}
export interface Affected {
    /** workflow → why its suite runs */
    workflows: Record<string, string[]>;
    /** campaign id → why it is checked */
    campaigns: Record<string, string[]>;
    /** Changed files that still exist and have a schema: validated with annotations. */
    filesToValidate: string[];
    /** workflow → the prompt versions its suite compares: the changed or newly pinned one against the baseline. */
    suites: Record<string, SuiteComparison>;
}
export interface SuiteComparison {
    candidate: number;
    baseline: number | "production";
}
export declare function affectedByChanges(changed: ChangedFile[], uses: RepositoryUses): Affected;

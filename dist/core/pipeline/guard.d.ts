/**
 * A campaign, and every file it depends on, must validate before a command runs on it: a missing
 * field or a broken reference is reported at its line, never as a crash deep in the pipeline.
 * (The Action validates the changed files in its own step.)
 */
export declare function assertCampaignValid(root: string, campaignDir: string): Promise<void>;

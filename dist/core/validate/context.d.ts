export interface VersionFacts {
    path: string;
    inputSchema?: object;
    outputSchema?: object;
}
export interface WorkflowFacts {
    releases?: {
        production?: unknown;
        history?: unknown;
        fallback_template?: unknown;
    };
    versions: Map<number, VersionFacts>;
}
declare const POLICY_FOLDERS: {
    readonly approved_claims: "policies/claims";
    readonly legal_restrictions: "policies/legal";
    readonly brand_rules: "policies/brand";
};
export type PolicyKindName = keyof typeof POLICY_FOLDERS;
/**
 * What cross-reference checks need to know about the rest of the repository, read tolerantly:
 * a broken file is reported by its own check, here it just contributes nothing.
 */
export declare class RepoContext {
    readonly root: string;
    private workflowsCache?;
    constructor(root: string);
    exists(path: string): Promise<boolean>;
    list(folder: string): Promise<string[]>;
    readData(path: string): Promise<unknown>;
    policyVersions(kind: PolicyKindName): Promise<string[]>;
    policyPath(kind: PolicyKindName, version: string): string;
    claimIds(version: string): Promise<string[]>;
    /** Every campaign.yaml that parses, with its folder, for checks that render against real briefs. */
    campaigns(): Promise<{
        dir: string;
        data: Record<string, unknown>;
    }[]>;
    sourceNames(): Promise<string[]>;
    workflows(): Promise<Map<string, WorkflowFacts>>;
    private loadWorkflows;
    private versionFacts;
}
/** The version a workflow's releases.yaml pins, when it is a number. */
export declare function productionVersion(workflow: WorkflowFacts | undefined): number | undefined;
export {};

/** One audience cohort: what a prompt may know about a group of recipients — aggregates only, never an email or a name. */
export interface Cohort {
    /** "personalized:admin" | "generic" */
    key: string;
    variant: "personalized" | "generic";
    role?: string;
    plan_name: string;
    recipients: number;
    usage_summary?: string;
    crm_notes?: string;
}
/** The audience split by the data contract: who gets which variant, and who is excluded and why. */
export interface AudiencePartition {
    cohorts: Cohort[];
    counts: {
        personalized: number;
        generic: number;
        excluded: number;
        excluded_reasons: Record<string, number>;
    };
}

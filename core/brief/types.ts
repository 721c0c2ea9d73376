/** One audience cohort: aggregates only, never a recipient's email or name. */
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

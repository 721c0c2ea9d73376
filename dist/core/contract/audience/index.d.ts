export { partitionAudience, MIN_COHORT_SIZE } from "./partition.ts";
export type { AudiencePartition, Cohort } from "./partition.ts";
export { screenRecipients } from "./screen.ts";

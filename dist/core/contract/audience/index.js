export { partitionAudience, MIN_COHORT_SIZE } from "./partition.js";
export { screenRecipients } from "./screen.js";

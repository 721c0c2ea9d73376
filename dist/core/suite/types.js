export const VERSION_ROLES = ["candidate", "baseline"];

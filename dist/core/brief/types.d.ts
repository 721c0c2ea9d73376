export type { Cohort } from "../model/index.ts";

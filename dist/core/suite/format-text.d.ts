import type { CaseChange, SuiteReport } from "./report.ts";
import type { Tally } from "./metrics.ts";
export declare function formatText(report: SuiteReport): string;
/** "120/120 pass [96.9–100%]" — the Wilson 95% interval beside the rate, so 118/120 is not over-read. */
export declare function tallyText(tally: Tally): string;
export declare function reviewerText(report: SuiteReport): string;
/** "Promote v8: all 4 promotion criteria are met." / "Do not promote v8: 2 of 4 promotion criteria do not hold." */
export declare function decisionHeadline(report: SuiteReport): string;
export declare function caseLine(change: CaseChange, failedOn: "candidate" | "baseline"): string;

import type { EvalReport } from "../model/index.ts";
import type { ApprovalRoute } from "./risk.ts";
/** The machine-readable report of `copygate check --json`. */
export declare function reportJson(report: EvalReport): {
    verdict: string;
    risk_level: string;
    checks: {
        id: string;
        status: string;
        message: string;
        evidence: string[];
    }[];
};
/** The readable report: one line a check, its evidence indented under it, then the decision. */
export declare function formatReport(report: EvalReport, route: ApprovalRoute): string;

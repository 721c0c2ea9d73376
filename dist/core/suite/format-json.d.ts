import type { SuiteReport } from "./report.ts";
export declare function formatJson(report: SuiteReport): string;

import type { SuiteReport } from "./report.ts";
export declare const GITHUB_COMMENT_LIMIT = 65536;
export declare function formatMarkdown(report: SuiteReport, maxChars?: number): string;

/**
 * Progress as text: a bar redrawn in place on a terminal, or a quiet line every tenth of the way
 * in CI logs (where carriage returns make a mess). The CLI writes these to stderr.
 */
import type { SuiteProgress } from "./runner.ts";
/** "[##########--------------------] 80/240 runs · 12 cached · 0 errors" (no newline: redrawn with \r). */
export declare function progressBar(progress: SuiteProgress): string;
/** A line at each 10% step (and the last run), else null: CI logs stay short for 10,000 cases. */
export declare function progressLine(progress: SuiteProgress): string | null;

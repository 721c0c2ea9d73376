/**
 * Findings become annotations twice: on the check run (at most 50 per request, so they are sent
 * in batches) and as workflow commands (GitHub shows at most 10 errors and 10 warnings per step;
 * the rest stay visible on the check run and in the job summary).
 */
import type { Finding } from "./types.ts";
export declare const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
export declare const WORKFLOW_COMMANDS_SHOWN_PER_LEVEL = 10;
export interface CheckRunAnnotation {
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: Finding["level"];
    title: string;
    message: string;
}
export declare function toCheckRunAnnotation(finding: Finding): CheckRunAnnotation;
/** Splits annotations into the requests GitHub accepts (50 each); always at least one batch. */
export declare function annotationBatches<T>(annotations: T[], size?: number): T[][];
export interface WorkflowCommandPlan {
    /** Emitted as `::error` / `::warning` / `::notice` (shown on the step). */
    shown: Finding[];
    /** Beyond the step's display: reported through the check run and the job summary only. */
    overflow: Finding[];
}
export declare function planWorkflowCommands(findings: Finding[], perLevel?: number): WorkflowCommandPlan;

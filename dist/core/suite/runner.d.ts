/**
 * The suite runner: every case through both prompt versions, `repeat` times each, with the same
 * model settings. Its collaborators are injected (render, generate, check, judge), so the suite
 * depends on the other stages only through these small shapes. Every run ends as an outcome or a
 * recorded error: nothing is ever silently missing.
 */
import type { CheckResult } from "../model/index.ts";
import type { CaseResult, SuiteCase, SuitePrompt } from "./types.ts";
export interface SuiteMessage {
    role: "system" | "user" | "assistant";
    content: string;
}
export type SuiteGenerateResult = {
    ok: true;
    content: Record<string, unknown>;
    cached: boolean;
} | {
    ok: false;
    reason: string;
};
export interface SuiteCollaborators<P extends SuitePrompt, S> {
    render(version: P, input: Record<string, unknown>): Promise<SuiteMessage[]>;
    generate(request: {
        messages: SuiteMessage[];
        outputSchema: object;
        schemaName?: string;
        settings: S;
        sample?: number;
    }): Promise<SuiteGenerateResult>;
    check(output: Record<string, unknown>, suiteCase: SuiteCase, version: P): CheckResult[] | Promise<CheckResult[]>;
    /** Absent when no judge model is configured: reviewer acceptance is then skipped, never guessed. */
    judge?(output: Record<string, unknown>, suiteCase: SuiteCase, version: P): Promise<CheckResult[]>;
}
export interface SuiteProgress {
    done: number;
    total: number;
    errors: number;
    cached: number;
}
export interface RunSuiteOptions<P extends SuitePrompt, S> {
    cases: SuiteCase[];
    candidate: P & {
        outputSchema: object;
    };
    baseline: P & {
        outputSchema: object;
    };
    /** The same settings for both versions: the comparison is of the prompts, not the models. */
    settings: S;
    repeat?: number;
    concurrency?: number;
    collaborators: SuiteCollaborators<P, S>;
    onProgress?: (progress: SuiteProgress) => void;
}
export interface SuiteRun {
    cases: CaseResult[];
    checkLabels: Record<string, string>;
}
export declare function runSuite<P extends SuitePrompt, S>(options: RunSuiteOptions<P, S>): Promise<SuiteRun>;

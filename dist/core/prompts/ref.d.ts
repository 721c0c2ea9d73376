export interface PromptRef {
    workflow: string;
    /** A version number, or "production" for the version releases.yaml pins. */
    selector: number | "production";
}
/** Parses `wf@production`, `wf@8` or `wf:v8` (the trace spelling). */
export declare function parsePromptRef(ref: string): PromptRef;
/** `trial_expiration_email.v7.prompt` → 7; null for any other name. */
export declare function versionFromFileName(workflow: string, fileName: string): number | null;

import type { ErrorObject } from "./ajv.ts";
/** One schema problem: where in the data (path segments) and what a person should fix. */
export interface SchemaIssue {
    path: (string | number)[];
    message: string;
}
export declare function pointerSegments(pointer: string): string[];
/** `brief.claims[2]` for people; "the file" for the document itself. */
export declare function fieldName(path: (string | number)[]): string;
/**
 * Turns ajv's errors into one issue per real problem: drops the `if` wrappers and the branches of
 * an anyOf that failed as a whole, and words each message for the person who edits the file.
 */
export declare function schemaIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[];

/** Reading draft text safely: a malformed draft must never crash a check (output_schema reports it). */
export interface TextSegment {
    /** Where the text sits in the draft, e.g. "subject_lines[1]" or "email_body". */
    field: string;
    text: string;
}
/** Every publishable string in the draft, with its field path. */
export declare function publishableSegments(draft: Record<string, unknown>): TextSegment[];
/** All publishable copy joined by blank lines, so sentences never run across fields. */
export declare function publishableText(draft: Record<string, unknown>): string;
export declare function stringField(draft: Record<string, unknown>, key: string): string;
export declare function stringList(draft: Record<string, unknown>, key: string): string[];
/** Characters as a reader counts them (code points, so an emoji counts once). */
export declare function charCount(text: string): number;
export declare function escapeRegExp(text: string): string;
/**
 * A word-bounded pattern for a policy term. Spaces and hyphens inside the term match either
 * ("game-changer" finds "game changer", "SOC 2" finds "SOC-2"); with `inflect`, plural and verb
 * endings match too ("guarantee" finds "guarantees", "supercharge" finds "supercharged").
 */
export declare function termPattern(term: string, options?: {
    inflect?: boolean;
    caseSensitive?: boolean;
}): RegExp;
export interface Match {
    text: string;
    index: number;
}
export declare function findAll(pattern: RegExp, text: string): Match[];
/** Sentences (and lines), so context checks look only at the words around a match. */
export declare function sentences(text: string): string[];
/** Letters and digits only, lower-cased: an address matches whatever its line breaks and commas. */
export declare function squash(text: string): string;
/** Evidence entries are short: the match with a little context from its own line, never a whole body. */
export declare function excerpt(text: string, index: number, length: number, radius?: number): string;
export declare function unique<T>(items: T[]): T[];
/** "a", "a and b", "a, b and c" */
export declare function humanList(items: string[]): string;
export declare function quoted(items: string[]): string;

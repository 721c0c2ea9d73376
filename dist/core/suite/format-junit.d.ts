import type { SuiteResults } from "./types.ts";
export declare function formatJunit(results: SuiteResults): string;
/** Escapes text for XML attributes and content, and drops characters XML 1.0 cannot carry. */
export declare function xml(text: string): string;

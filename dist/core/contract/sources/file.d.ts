import type { SourceLoader } from "./types.ts";
/** A snapshot file in the repository: JSON (an array, or {rows: [...]}), JSONL or CSV. */
export declare const loadFileSource: SourceLoader<"file">;

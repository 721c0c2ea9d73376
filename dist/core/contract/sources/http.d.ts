import type { SourceLoader } from "./types.ts";
/** A JSON API: GET the URL, take the rows at rows_path. A bearer token comes from token_env. */
export declare const loadHttpSource: SourceLoader<"http">;

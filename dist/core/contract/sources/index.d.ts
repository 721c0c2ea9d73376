import type { SourceDefinition, SourceSnapshot } from "../../model/index.ts";
import type { SourceOptions } from "./types.ts";
/** Reads a source's rows and stamps them with max_loaded_at and a snapshot hash. */
export declare function loadSnapshot(root: string, definition: SourceDefinition, options?: SourceOptions): Promise<SourceSnapshot>;
export { maxLoadedAt, toEpochMs } from "./snapshot.ts";
export { parseCsv } from "./csv.ts";
export { SourceReadError } from "./types.ts";
export type { SourceOptions, SourceRow, SourceKind } from "./types.ts";

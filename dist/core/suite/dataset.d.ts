import type { DatasetSummary, SuiteCase } from "./types.ts";
export interface Dataset {
    cases: SuiteCase[];
    summaries: DatasetSummary[];
    /** Over ids and inputs, in order: two runs on the same data have the same hash. */
    hash: string;
}
export declare function loadDatasets(root: string, paths: string[]): Promise<Dataset>;
/** Parses one JSONL text; `offset` is the index of its first case in the whole list. */
export declare function parseDatasetText(text: string, file: string, offset?: number): SuiteCase[];

/** One JSONL row of datasets/<workflow>/*.jsonl; `input` is checked against the workflow's production input schema. */
export declare const datasetRowSchema: {
    $schema: string;
    $id: string;
    title: string;
};

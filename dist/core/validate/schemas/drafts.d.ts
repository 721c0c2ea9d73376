export declare const evalReportSchema: Record<string, unknown>;
export declare const draftsSchema: {
    $schema: string;
    $id: string;
    title: string;
};

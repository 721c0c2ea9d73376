export declare function unifiedDiff(before: string, after: string, beforeLabel: string, afterLabel: string, context?: number): string;

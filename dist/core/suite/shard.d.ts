export interface Shard {
    index: number;
    count: number;
}
/** `--shard 2/4` → { index: 2, count: 4 } (1-based, as in a GitHub Actions matrix). */
export declare function parseShard(text: string): Shard;
export declare function shardOf(caseId: string, count: number): number;
export declare function selectShard<T extends {
    id: string;
}>(cases: T[], shard: Shard | null): T[];

import type { SourceSnapshot } from "../../model/index.ts";
import type { SourceRow } from "../sources/index.ts";
/**
 * Which recipients' own rows in a per-recipient source (product usage) are too old to personalise
 * from: each row's loaded_at against the limit; a missing row is stale, and so is every row of a
 * source that could not be read. Freshness and the audience partition both ask this, so they agree.
 */
export declare function staleRecipientIds(recipients: SourceRow[], usage: SourceSnapshot | undefined, maxAgeHours: number | null, now: Date): Set<string>;
/**
 * Each recipient's newest row and its loaded_at time (a duplicated row counts once, at its newest;
 * a row without a valid time is left out, so that recipient counts as stale).
 */
export declare function newestRowByRecipient(usage: SourceSnapshot | undefined): Map<string, {
    row: SourceRow;
    at: number;
}>;

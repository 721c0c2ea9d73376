import type { Campaign } from "../../model/index.ts";
import type { SourceRow } from "../sources/index.ts";
/** The column that identifies a recipient in the segment and joins it to per-recipient sources. */
export declare const RECIPIENT_KEY = "user_id";
export interface ScreenedAudience {
    /** Recipients who consented and whose row agrees with the segment. */
    eligible: SourceRow[];
    /** How many rows were left out, by reason. Counts only: who they were never leaves this module. */
    excluded: Record<string, number>;
}
/**
 * Consent first, then the segment's own promise: a row that contradicts `audience.expect`
 * (upgraded after the export, trial not ending in the window) is uncertain, and uncertain
 * recipients are excluded instead of guessed about.
 */
export declare function screenRecipients(campaign: Campaign, rows: SourceRow[], now: Date): ScreenedAudience;
export declare function recipientId(row: SourceRow): string | null;

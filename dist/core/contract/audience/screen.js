import { toEpochMs } from "../sources/index.js";
/** The column that identifies a recipient in the segment and joins it to per-recipient sources. */
export const RECIPIENT_KEY = "user_id";
const DAY_MS = 86_400_000;
/**
 * Consent first, then the segment's own promise: a row that contradicts `audience.expect`
 * (upgraded after the export, trial not ending in the window) is uncertain, and uncertain
 * recipients are excluded instead of guessed about.
 */
export function screenRecipients(campaign, rows, now) {
    const excluded = {};
    const exclude = (reason) => (excluded[reason] = (excluded[reason] ?? 0) + 1);
    const seen = new Map();
    for (const row of rows) {
        const id = recipientId(row);
        if (id !== null)
            seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const eligible = [];
    for (const row of rows) {
        const id = recipientId(row);
        const reason = id === null ? "missing_user_id"
            : (seen.get(id) ?? 0) > 1 ? "duplicate_recipient"
                : consentReason(row.consent) ?? contradiction(row, campaign.audience?.expect ?? {}, now);
        if (reason)
            exclude(reason);
        else
            eligible.push(row);
    }
    return { eligible, excluded };
}
export function recipientId(row) {
    const id = row[RECIPIENT_KEY];
    return (typeof id === "string" && id.trim() !== "") || typeof id === "number" ? String(id) : null;
}
/** Only an explicit opt-in counts: anything else (opted_out, unknown, blank, a typo) is excluded. */
function consentReason(consent) {
    if (consent === "opted_in")
        return null;
    return consent === "opted_out" ? "opted_out" : "consent_unknown";
}
/**
 * `expect` keys: `<field>_within_days: N` means `<field>_at` lies after now and at most N days ahead;
 * any other key must equal the row's field.
 */
function contradiction(row, expect, now) {
    for (const [key, expected] of Object.entries(expect)) {
        const window = /^(.+)_within_days$/.exec(key);
        if (window) {
            const field = `${window[1]}_at`;
            const at = toEpochMs(row[field]);
            const horizon = now.getTime() + Number(expected) * DAY_MS;
            if (at === null || at <= now.getTime() || at > horizon)
                return `contradicts_${field}`;
        }
        else if (row[key] !== expected) {
            return `contradicts_${key}`;
        }
    }
    return null;
}

import { toEpochMs } from "../sources/index.js";
import { RECIPIENT_KEY, recipientId } from "./screen.js";
const MS_PER_HOUR = 3_600_000;
/**
 * Which recipients' own rows in a per-recipient source (product usage) are too old to personalise
 * from: each row's loaded_at against the limit; a missing row is stale, and so is every row of a
 * source that could not be read. Freshness and the audience partition both ask this, so they agree.
 */
export function staleRecipientIds(recipients, usage, maxAgeHours, now) {
    const rowAge = newestRowByRecipient(usage);
    const stale = new Set();
    for (const recipient of recipients) {
        const id = recipientId(recipient);
        if (id === null)
            continue;
        const loadedAt = rowAge.get(id)?.at;
        const tooOld = loadedAt !== undefined && maxAgeHours !== null && (now.getTime() - loadedAt) / MS_PER_HOUR > maxAgeHours;
        if (loadedAt === undefined || tooOld)
            stale.add(id);
    }
    return stale;
}
/**
 * Each recipient's newest row and its loaded_at time (a duplicated row counts once, at its newest;
 * a row without a valid time is left out, so that recipient counts as stale).
 */
export function newestRowByRecipient(usage) {
    const key = usage?.key ?? RECIPIENT_KEY;
    const field = usage?.loaded_at_field ?? "updated_at";
    const newest = new Map();
    for (const row of usage?.rows ?? []) {
        const id = row[key];
        const at = toEpochMs(row[field]);
        if (id === undefined || id === null || at === null)
            continue;
        const previous = newest.get(String(id));
        if (previous === undefined || at > previous.at)
            newest.set(String(id), { row, at });
    }
    return newest;
}

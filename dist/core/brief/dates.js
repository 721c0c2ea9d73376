const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "2026-12-31T23:59:00Z" → "December 31, 2026, 23:59 UTC": the one spelling every prompt and check sees. */
export function formatExpiry(iso) {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime()))
        return iso;
    const day = `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
    return `${day}, ${time} UTC`;
}

/** Finding the calendar dates a piece of copy names, in the forms marketers write them. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const PATTERNS = [
    {
        // "December 31", "Dec. 31st, 2026"
        pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "g"),
        read: (m) => [monthOf(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined],
    },
    {
        // "31 December 2026", "31st of December"
        pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?:,?\\s+(\\d{4}))?\\b`, "g"),
        read: (m) => [monthOf(m[2]), Number(m[1]), m[3] ? Number(m[3]) : undefined],
    },
    { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[2]), Number(m[3]), Number(m[1])] },
    {
        // "12/31" or "12/31/2026" (US order; "24/7" is not a date: month 24 is rejected below)
        pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/g,
        read: (m) => [Number(m[1]), Number(m[2]), m[3] ? fullYear(Number(m[3])) : undefined],
    },
];
function monthOf(name) {
    return MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase()) + 1;
}
function fullYear(year) {
    return year < 100 ? 2000 + year : year;
}
export function namedDates(text) {
    const found = [];
    for (const { pattern, read } of PATTERNS) {
        for (const match of text.matchAll(pattern)) {
            const [month, day, year] = read(match);
            const index = match.index ?? 0;
            if (month < 1 || month > 12 || day < 1 || day > 31)
                continue;
            if (found.some((f) => index >= f.index && index < f.index + f.text.length))
                continue;
            found.push({ text: match[0], index, month, day, year });
        }
    }
    return found;
}
/** A named date is allowed when an allowed ISO date has its month and day (and year, if named). */
export function isAllowedDate(date, allowedIsoDates) {
    return allowedIsoDates.some((iso) => {
        const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
        return m === date.month && d === date.day && (date.year === undefined || date.year === y);
    });
}

/** 0.98333 → "98.3", 1 → "100", 0.005 → "0.5": one decimal, no trailing ".0". */
export function formatPercent(rate) {
    const rounded = Math.round(rate * 1000) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
/** "94.1–99.5" (percent, en dash). */
export function formatInterval(interval) {
    return `${formatPercent(interval.low)}–${formatPercent(interval.high)}`;
}

/** Wilson score interval: honest for small samples and for rates at 0 or 1, unlike p ± z·SE. */
export const Z_95 = 1.959963984540054;
export function wilsonInterval(successes, total, z = Z_95) {
    if (total <= 0)
        return { low: 0, high: 1 };
    const p = successes / total;
    const z2 = z * z;
    const denominator = 1 + z2 / total;
    const center = (p + z2 / (2 * total)) / denominator;
    const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
    // Clamp the float noise at the edges: 0/n must give exactly 0, n/n exactly 1.
    return {
        low: successes === 0 ? 0 : Math.max(0, center - half),
        high: successes === total ? 1 : Math.min(1, center + half),
    };
}

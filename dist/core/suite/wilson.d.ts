/** Wilson score interval: honest for small samples and for rates at 0 or 1, unlike p ± z·SE. */
export declare const Z_95 = 1.959963984540054;
export interface Interval {
    low: number;
    high: number;
}
export declare function wilsonInterval(successes: number, total: number, z?: number): Interval;

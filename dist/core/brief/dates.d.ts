/** "2026-12-31T23:59:00Z" → "December 31, 2026, 23:59 UTC": the one spelling every prompt and check sees. */
export declare function formatExpiry(iso: string): string;

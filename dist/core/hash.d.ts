/** JSON with object keys sorted at every level, so equal data always hashes equally. */
export declare function canonicalJson(value: unknown): string;
export declare function sha256(text: string | Buffer): string;
/** `sha256:<hex>` of the canonical JSON of a value. */
export declare function contentHash(value: unknown): string;

import { createHash } from "node:crypto";
/** JSON with object keys sorted at every level, so equal data always hashes equally. */
export function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === "object") {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
export function sha256(text) {
    return createHash("sha256").update(text).digest("hex");
}
/** `sha256:<hex>` of the canonical JSON of a value. */
export function contentHash(value) {
    return `sha256:${sha256(canonicalJson(value))}`;
}

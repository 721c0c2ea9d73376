import { createHash } from "node:crypto";
export function seededChoices(...parts) {
    const digest = createHash("sha256").update(parts.join("\u0000")).digest();
    // mulberry32 over the first 4 bytes: small, fast and good enough for picking phrasings.
    let state = digest.readUInt32LE(0);
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (items) => {
        if (items.length === 0)
            throw new Error("pick from an empty list");
        return items[Math.floor(next() * items.length)];
    };
    const sample = (items, count) => {
        const pool = [...items];
        for (let i = pool.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [pool[i], pool[j]] = [pool[j], pool[i]];
        }
        return pool.slice(0, Math.max(0, count));
    };
    const chance = (rate) => rate > 0 && next() < rate;
    return { next, pick, sample, chance };
}

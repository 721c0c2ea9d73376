/**
 * Deterministic sharding: a case belongs to shard (hash(id) mod n) + 1, so every case lands in
 * exactly one shard, whatever the order of the files or the machine that runs it.
 */
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
/** `--shard 2/4` → { index: 2, count: 4 } (1-based, as in a GitHub Actions matrix). */
export function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count) {
        throw new InputError(`--shard "${text}" is not a shard`, { field: "--shard", hint: "write i/n with 1 ≤ i ≤ n, e.g. --shard 1/4" });
    }
    return { index, count };
}
export function shardOf(caseId, count) {
    const digest = createHash("sha256").update(caseId).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
export function selectShard(cases, shard) {
    if (!shard || shard.count === 1)
        return cases;
    return cases.filter((c) => shardOf(c.id, shard.count) === shard.index);
}

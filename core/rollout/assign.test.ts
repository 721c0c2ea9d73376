import { describe, expect, it } from "vitest";
import { armOf, assignRecipients, bucketOf, fnv1a32, type ArmPlan } from "./assign.ts";

const plan: ArmPlan = { stage: "test", salt: "trial-expiration-3d:v8", testPercent: 10, candidate: 8, production: 7 };
const ids = Array.from({ length: 1_000_000 }, (_, i) => `usr_${i.toString(36).padStart(6, "0")}`);

/** A seeded Fisher–Yates shuffle (mulberry32), so a failure reproduces. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("deterministic assignment", () => {
  it("puts 1,000,000 recipients within 0.2 percentage points of a 10 % split, and shuffling changes no one's arm", () => {
    const first = assignRecipients(ids, plan);
    const share = first.counts.test / ids.length;
    expect(Math.abs(share - 0.1)).toBeLessThan(0.002);
    const again = assignRecipients(shuffled(ids, 20261201), plan);
    expect(again.counts).toEqual(first.counts);
    let moved = 0;
    for (const [id, arm] of again.arms) if (first.arms.get(id) !== arm) moved++;
    expect(moved).toBe(0);
    expect(again.arms.size).toBe(ids.length);
    // Two million hashes and two maps of a million recipients: generous for a shared, loaded machine.
  }, 120_000);

  it("gives a recipient the same arm whoever else is in the list", () => {
    const alone = ids.slice(0, 1000).map((id) => assignRecipients([id], plan).arms.get(id));
    const together = [...assignRecipients(ids.slice(0, 1000), plan).arms.values()];
    expect(alone).toEqual(together);
  });

  it("gives the test arm the candidate's drafts and the rest production's", () => {
    const summary = assignRecipients(ids.slice(0, 200), plan);
    expect(summary.promptVersion).toEqual({ test: 8, production: 7 });
    expect(new Set(summary.arms.values())).toEqual(new Set(["test", "production"]));
  });

  it("keeps excluded and repeated recipients out", () => {
    const summary = assignRecipients(["usr_a", "usr_b", "usr_a", "usr_c"], plan, new Set(["usr_b"]));
    expect([...summary.arms.keys()]).toEqual(["usr_a", "usr_c"]);
    expect(summary.excluded).toBe(2);
  });

  it("is stable across runs: buckets pinned to values computed by hand in python (FNV-1a 32, offset 0x811c9dc5, prime 0x01000193)", () => {
    expect(fnv1a32("")).toBe(2166136261);
    expect(fnv1a32("abc123")).toBe(951228933);
    expect(bucketOf("trial-expiration-3d:v8", "usr_000001")).toBe(0.3457);
    expect(bucketOf("trial-expiration-3d:v8", "usr_000002")).toBe(0.0912);
    expect(bucketOf("abc", "123")).toBe(0.3291);
  });

  it("splits only at the test stage: earlier stages send production's copy, production sends the candidate's", () => {
    expect(["offline", "internal", "shadow"].map((stage) => armOf({ ...plan, stage: stage as ArmPlan["stage"] }, "usr_1"))).toEqual(["production", "production", "production"]);
    expect(armOf({ ...plan, stage: "production" }, "usr_1")).toBe("test");
  });
});

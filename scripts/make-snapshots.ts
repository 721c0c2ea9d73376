/**
 * Writes the embedded source snapshots of campaigns/trial-expiration-3d from a fixed seed, against
 * the demo clock in datasets/snapshots/demo-clock.json:
 *   datasets/snapshots/seg_trial_ending_3_days.jsonl  (the CDP segment, 400 synthetic recipients)
 *   datasets/snapshots/product_usage.csv              (the warehouse's usage summary)
 * Run: node bin/run-ts.js scripts/make-snapshots.ts — the output is committed; rerunning gives the same bytes.
 * Every name is invented and every address is at example.com (reserved for documentation).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "datasets", "snapshots");
const SEED = 20261120;
const RECIPIENTS = 400;
const STALE_SHARE = 0.12; // of the eligible audience: the demo's "stale for 12 percent of recipients"
const HOUR = 3_600_000;

const FIRST_NAMES = ["Ada", "Bram", "Chidi", "Dana", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Lars",
  "Mira", "Nico", "Oona", "Pavel", "Quinn", "Rosa", "Sami", "Tove", "Umar", "Vera", "Wren", "Xiu", "Yara", "Zeno"];

/** mulberry32: a tiny seeded PRNG, so the snapshots are reproducible byte for byte. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** The draws every generator step shares, from one seeded stream (so a second run gives the same bytes). */
function dice(seed: number) {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(weighted: [T, number][]): T => {
    let r = random();
    for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
    return weighted[weighted.length - 1]![0];
  };
  const shuffled = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return { between, pick, shuffled };
}
type Dice = ReturnType<typeof dice>;
const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace(".000Z", "Z");

interface Recipient {
  user_id: string; email: string; first_name: string; role: "admin" | "analyst" | "viewer"; plan_name: string;
  trial_ends_at: string; consent: "opted_in" | "opted_out" | "unknown"; updated_at: string;
}

function makeRecipients({ between, pick }: Dice, now: number): Recipient[] {
  const ids = new Set<number>();
  while (ids.size < RECIPIENTS) ids.add(between(10_000, 99_999));
  return [...ids].sort((a, b) => a - b).map((n) => {
    const first = FIRST_NAMES[between(0, FIRST_NAMES.length - 1)]!;
    return {
      user_id: `usr_${n}`,
      email: `${first.toLowerCase()}.${n}@example.com`,
      first_name: first,
      role: pick([["admin", 0.25], ["analyst", 0.45], ["viewer", 0.3]]),
      plan_name: "Team trial",
      trial_ends_at: iso(now + between(64, 72) * HOUR - between(0, 59) * 60_000),
      consent: pick([["opted_in", 0.85], ["opted_out", 0.09], ["unknown", 0.06]]),
      // CDP rows change over the previous days; the newest is the export 3 hours before the demo clock.
      updated_at: iso(now - between(3, 72) * HOUR - between(0, 59) * 60_000),
    };
  });
}

/** A few rows contradict the segment: upgraded after the snapshot, trial extended, trial already over. */
function plantContradictions({ between, shuffled }: Dice, recipients: Recipient[], now: number): Set<string> {
  const candidates = shuffled(recipients.filter((r) => r.consent === "opted_in"));
  const upgraded = candidates.slice(0, 5);
  const extended = candidates.slice(5, 8);
  const ended = candidates.slice(8, 9);
  for (const r of upgraded) r.plan_name = "Team";
  for (const r of extended) r.trial_ends_at = iso(now + between(9, 12) * 24 * HOUR);
  for (const r of ended) r.trial_ends_at = iso(now - 20 * HOUR);
  return new Set([...upgraded, ...extended, ...ended].map((r) => r.user_id));
}

function usageRow({ between }: Dice, r: Recipient, now: number, stale: boolean): string {
  const [dashboards, queries, teammates] =
    r.role === "admin" ? [between(2, 12), between(15, 80), between(1, 5)]
    : r.role === "analyst" ? [between(4, 16), between(30, 150), between(0, 2)]
    : [between(0, 3), between(0, 20), 0];
  const updated = stale ? now - between(8, 48) * HOUR : now - between(2, 5) * HOUR;
  const lastActive = updated - between(0, 72) * HOUR;
  return [r.user_id, dashboards, queries, teammates, iso(lastActive), iso(updated - between(0, 59) * 60_000)].join(",");
}

/** The two snapshot files' text for a demo clock: pure, so a test can compare it with the committed files. */
export function makeSnapshots(demoNow: string): { segment: string; usage: string; counts: Record<string, number> } {
  const d = dice(SEED);
  const now = Date.parse(demoNow);
  const recipients = makeRecipients(d, now);
  recipients[d.between(0, RECIPIENTS - 1)]!.updated_at = iso(now - 3 * HOUR); // the export time: 3 hours old
  const contradicting = plantContradictions(d, recipients, now);
  const eligible = recipients.filter((r) => r.consent === "opted_in" && !contradicting.has(r.user_id));
  const staleIds = d.shuffled(eligible).slice(0, Math.round(eligible.length * STALE_SHARE)).map((r) => r.user_id);
  const missing = new Set(staleIds.slice(0, Math.floor(staleIds.length / 3))); // no usage row at all
  const stale = new Set(staleIds);
  const segment = recipients.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const usageLines = recipients.filter((r) => !missing.has(r.user_id)).map((r) => usageRow(d, r, now, stale.has(r.user_id)));
  const usage = ["user_id,dashboards_created,queries_run,teammates_invited,last_active_at,updated_at", ...usageLines].join("\n") + "\n";
  const counts = { recipients: recipients.length, eligible: eligible.length, contradicting: contradicting.size, stale: stale.size, missing: missing.size };
  return { segment, usage, counts };
}

async function main(): Promise<void> {
  const clock = JSON.parse(await readFile(join(OUT, "demo-clock.json"), "utf8")) as { now: string };
  const { segment, usage, counts } = makeSnapshots(clock.now);
  await writeFile(join(OUT, "seg_trial_ending_3_days.jsonl"), segment);
  await writeFile(join(OUT, "product_usage.csv"), usage);
  process.stdout.write(`wrote datasets/snapshots: ${JSON.stringify(counts)}\n`);
}

// Run only as a script (node bin/run-ts.js scripts/make-snapshots.ts), not when a test imports it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

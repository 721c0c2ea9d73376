import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoClock } from "../clock.ts";
import { checkFreshness } from "../freshness/index.ts";
import { tempRepo } from "../testing/tempRepo.ts";
import type { TempRepo } from "../testing/tempRepo.ts";
import { partitionAudience } from "./partition.ts";

const ITERATIONS = 300;
const HOUR = 3_600_000;

/** mulberry32, so a failing case can be replayed from its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  user_id: string;
  email: string;
  first_name: string;
  consent: unknown;
}

/** A random segment: every consent value (and a few invalid ones), odd roles, contradictions, duplicates, stale and missing usage. */
function randomSegment(random: () => number, now: number) {
  const choose = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const hex = () => Math.floor(random() * 0xffffffff).toString(16).padStart(8, "0");
  const people: Person[] = [];
  const segment: Record<string, unknown>[] = [];
  const usage: string[] = [];
  const size = Math.floor(random() * 60);
  for (let i = 0; i < size; i++) {
    const id = random() < 0.05 && people.length > 0 ? people[people.length - 1]!.user_id : `usr_${hex()}`;
    const person: Person = { user_id: id, email: `p${hex()}@example.com`, first_name: `Name${hex()}`, consent: choose(["opted_in", "opted_in", "opted_in", "opted_out", "unknown", "", "yes", undefined]) };
    people.push(person);
    segment.push({
      ...person,
      role: choose(["admin", "analyst", "viewer", "viewer", "", person.email]),
      plan_name: choose(["Team trial", "Team trial", "Team trial", "Team"]),
      trial_ends_at: new Date(now + choose([48, 60, 70, -5, 300]) * HOUR).toISOString(),
      updated_at: new Date(now - choose([1, 3, 20, 30]) * HOUR).toISOString(),
    });
    if (random() < 0.85) usage.push(`${id},${Math.floor(random() * 20)},${Math.floor(random() * 90)},${Math.floor(random() * 4)},${new Date(now - choose([1, 2, 5, 7, 40]) * HOUR).toISOString()}`);
  }
  const csv = ["user_id,dashboards_created,queries_run,teammates_invited,updated_at", ...usage].join("\n");
  return { people, jsonl: segment.map((r) => JSON.stringify(r)).join("\n"), csv };
}

describe("consent and personal data, over random segments", () => {
  let repo: TempRepo;
  beforeAll(async () => (repo = await tempRepo()));
  afterAll(() => repo.cleanup());

  it(`never lets an id, email or name reach the partition or the freshness report (${ITERATIONS} seeded segments)`, async () => {
    const now = await demoClock(repo.root);
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      const { people, jsonl, csv } = randomSegment(seeded(seed), now.getTime());
      await repo.write("datasets/snapshots/seg_trial_ending_3_days.jsonl", jsonl);
      await repo.write("datasets/snapshots/product_usage.csv", csv);
      const { report, snapshots } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now, runId: `run_${seed}` });
      const outputs = [JSON.stringify(report)];
      if (report.decision !== "stop_before_generation") {
        const partition = partitionAudience({ campaign: repo.campaign, snapshots, now, report });
        outputs.push(JSON.stringify(partition));
        const { personalized, generic, excluded } = partition.counts;
        expect(personalized + generic + excluded, `seed ${seed}`).toBe(people.length);
        expect(partition.cohorts.reduce((n, c) => n + c.recipients, 0), `seed ${seed}`).toBe(personalized + generic);
        // Every recipient without an explicit opt-in is excluded for that reason (duplicated ids are excluded first, as uncertain).
        const unique = people.filter((p) => people.filter((q) => q.user_id === p.user_id).length === 1);
        expect(partition.counts.excluded_reasons.opted_out ?? 0, `seed ${seed}`).toBe(unique.filter((p) => p.consent === "opted_out").length);
        expect(partition.counts.excluded_reasons.consent_unknown ?? 0, `seed ${seed}`).toBe(unique.filter((p) => p.consent !== "opted_in" && p.consent !== "opted_out").length);
      }
      const text = outputs.join("\n");
      // Opted-out and unknown-consent recipients above all; but no recipient's identity belongs in these outputs.
      for (const person of people) {
        for (const value of [person.user_id, person.email, person.first_name]) expect(text.includes(value), `seed ${seed}: ${person.consent} leaked`).toBe(false);
      }
    }
  });
});

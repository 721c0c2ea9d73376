/**
 * Seeded fuzz of the copy checks: invisible characters and look-alike letters inserted at random
 * into every draft of the repository's corpora. A violating draft must stay flagged on its own
 * check (never turned into a pass); a clean draft with an invisible character must be flagged.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import confusables from "unhomoglyph/data.json" with { type: "json" };
import type { CheckContext } from "../../core/evals/index.ts";
import { normalizeCopy, runChecks, stripAnnotations } from "../../core/evals/index.ts";
import { REPO_ROOT, exampleCampaignContext } from "../../core/evals/testing.ts";

const SEED = 20261201;
const ROUNDS = 8;
const CORPORA = ["test/fixtures/drafts", "test/fixtures/drafts/holdout"];

const INVISIBLES = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2069", "\u180E", "\u{E0041}"];

/** Every non-ASCII character the normaliser folds back to an ASCII letter or digit, by that character. */
const LOOKALIKES = new Map<string, string[]>();
for (const char of Object.keys(confusables as Record<string, string>)) {
  if ([...char].length !== 1 || /^[\x00-\x7f]$/.test(char)) continue;
  const folded = normalizeCopy(char);
  if (/^[A-Za-z0-9]$/.test(folded)) LOOKALIKES.set(folded, [...(LOOKALIKES.get(folded) ?? []), char]);
}

/** mulberry32: small, seeded, good enough to pick positions. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;

/** Inserts invisibles between letters and swaps letters for look-alikes, a few of each per field. */
function disguise(text: string, rand: () => number, invisibles: boolean): string {
  const chars = [...text];
  for (let n = 0; n < 1 + Math.floor(rand() * 6); n += 1) {
    const i = Math.floor(rand() * chars.length);
    const char = chars[i] ?? "";
    const swaps = LOOKALIKES.get(char);
    if (swaps && rand() < 0.6) chars[i] = pick(swaps, rand);
  }
  if (invisibles) {
    const between = chars.map((_, i) => i).filter((i) => i > 0 && /\p{L}/u.test(chars[i - 1] ?? "") && /\p{L}/u.test(chars[i] ?? ""));
    for (let n = 0; n < 1 + Math.floor(rand() * 3) && between.length > 0; n += 1) {
      const i = pick(between, rand);
      chars[i] = `${pick(INVISIBLES, rand)}${chars[i] ?? ""}`;
    }
  }
  return chars.join("");
}

function disguiseDraft(draft: Record<string, unknown>, rand: () => number, invisibles: boolean): Record<string, unknown> {
  const walk = (value: unknown): unknown =>
    typeof value === "string" ? disguise(value, rand, invisibles && rand() < 0.7) : Array.isArray(value) ? value.map(walk) : value;
  return Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, key === "rationale" || key === "risk_flags" ? value : walk(value)]));
}

interface Entry {
  file: string;
  expected: string;
  raw: Record<string, unknown>;
}

const corpus: Entry[] = CORPORA.flatMap((dir) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(REPO_ROOT, dir, file), "utf8")) as Record<string, unknown>;
      return { file: `${dir}/${file}`, expected: String(raw._expected), raw };
    }),
);

const contexts = new Map<string, CheckContext>();
async function contextFor(entry: Entry): Promise<CheckContext> {
  const key = JSON.stringify([entry.raw._usage_summary, entry.raw._crm_notes]);
  if (!contexts.has(key)) {
    const { ctx } = await exampleCampaignContext("campaigns/trial-expiration-3d", {
      usageSummary: entry.raw._usage_summary as string | undefined,
      crmNotes: entry.raw._crm_notes as string[] | undefined,
    });
    contexts.set(key, ctx);
  }
  return contexts.get(key) as CheckContext;
}

const flaggedIds = (draft: Record<string, unknown>, ctx: CheckContext) =>
  runChecks(draft, ctx).checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => c.id);

describe(`fuzzing the copy checks (seed ${SEED}, ${ROUNDS} rounds per draft)`, () => {
  beforeAll(async () => {
    for (const entry of corpus) await contextFor(entry);
  });

  it("has look-alikes for every ASCII letter to draw from", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
    expect(letters.filter((l) => (LOOKALIKES.get(l) ?? []).length === 0)).toEqual([]);
  });

  it("never turns a violating draft into a pass, and it stays flagged on its own check", async () => {
    const rand = random(SEED);
    const escaped: string[] = [];
    let runs = 0;
    for (const entry of corpus.filter((e) => e.expected !== "pass")) {
      const ctx = await contextFor(entry);
      for (let round = 0; round < ROUNDS; round += 1) {
        const draft = disguiseDraft(stripAnnotations(entry.raw), rand, round % 2 === 0);
        const report = runChecks(draft, ctx);
        runs += 1;
        const flagged = report.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => c.id);
        if (report.verdict === "pass" || !flagged.includes(entry.expected as never)) escaped.push(`${entry.file} round ${round}: ${JSON.stringify(draft)}`);
      }
    }
    expect(runs).toBeGreaterThan(500);
    expect(escaped).toEqual([]);
  });

  it("flags every clean draft given invisible characters, and nothing else changes", async () => {
    const rand = random(SEED + 1);
    const wrong: string[] = [];
    for (const entry of corpus.filter((e) => e.expected === "pass")) {
      const ctx = await contextFor(entry);
      const before = flaggedIds(stripAnnotations(entry.raw), ctx);
      for (let round = 0; round < ROUNDS; round += 1) {
        const draft = disguiseDraft(stripAnnotations(entry.raw), rand, true);
        const hasInvisible = JSON.stringify(draft) !== JSON.stringify(disguiseFree(draft));
        const after = flaggedIds(draft, ctx).filter((id) => id !== "invisible_characters");
        const report = runChecks(draft, ctx);
        const invisibleFlag = report.checks.find((c) => c.id === "invisible_characters")?.status === "fail";
        if (JSON.stringify(after) !== JSON.stringify(before)) wrong.push(`${entry.file} round ${round}: ${after.join(",")} instead of ${before.join(",")}`);
        if (hasInvisible && (!invisibleFlag || report.verdict === "pass")) wrong.push(`${entry.file} round ${round}: passed with an invisible character`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** The draft with every inserted invisible removed, to know whether a round inserted any. */
function disguiseFree(draft: Record<string, unknown>): Record<string, unknown> {
  const strip = (value: unknown): unknown =>
    typeof value === "string" ? value.replace(new RegExp(`[${INVISIBLES.join("")}]`, "gu"), "") : Array.isArray(value) ? value.map(strip) : value;
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, strip(v)]));
}

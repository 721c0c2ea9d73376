import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { loadSourceDefinition } from "../files/index.ts";
import { readRepoText, RepoFileError } from "../files/boundary.ts";
import type { Campaign } from "../model/index.ts";

export const DEMO_CLOCK_FILE = "datasets/snapshots/demo-clock.json";
const EMBEDDED_SNAPSHOTS = "datasets/snapshots/";

/** The time the embedded snapshots are fresh against, so the demo never goes stale as the calendar moves. */
export async function demoClock(root: string): Promise<Date> {
  let parsed: { now?: unknown };
  try {
    parsed = JSON.parse(await readRepoText(root, DEMO_CLOCK_FILE)) as { now?: unknown };
  } catch (error) {
    if (error instanceof RepoFileError) throw error;
    throw new InputError("cannot read the demo clock", { file: DEMO_CLOCK_FILE, hint: 'write {"now": "<ISO time>"}' });
  }
  const now = typeof parsed.now === "string" ? new Date(parsed.now) : new Date(Number.NaN);
  if (Number.isNaN(now.getTime())) {
    throw new InputError('"now" is not an ISO 8601 time', { file: DEMO_CLOCK_FILE, field: "now", hint: 'e.g. {"now": "2026-11-20T08:30:00Z"}' });
  }
  return now;
}

export type ClockKind = "given" | "demo" | "real";
export interface RunClock {
  now: Date;
  kind: ClockKind;
}

/**
 * The clock a check runs against: the one given (--now); else the demo clock when the repository has
 * one and every source of the campaign is an embedded snapshot (their age is only meaningful against
 * it); else the real clock.
 */
export async function chooseClock(root: string, campaign: Campaign, given?: Date, realNow: () => Date = () => new Date()): Promise<RunClock> {
  if (given) return { now: given, kind: "given" };
  // A repository without a demo clock (a team's own, say) judges its snapshots against the real clock.
  if (existsSync(join(root, DEMO_CLOCK_FILE)) && (await usesOnlyEmbeddedSnapshots(root, campaign))) return { now: await demoClock(root), kind: "demo" };
  return { now: realNow(), kind: "real" };
}

export async function usesOnlyEmbeddedSnapshots(root: string, campaign: Campaign): Promise<boolean> {
  const sources = Object.values(campaign.contract ?? {}).flatMap((input) => ("source" in input ? [input.source] : []));
  if (sources.length === 0) return false;
  for (const name of sources) {
    const definition = await loadSourceDefinition(root, name).catch(() => null);
    if (!definition || definition.kind !== "file" || !definition.path.replace(/^\.\//, "").startsWith(EMBEDDED_SNAPSHOTS)) return false;
  }
  return true;
}

/** "run_2026_11_20_0830": the run's minute, as core/trace will name runs (a local helper until it does). */
export function runIdFor(now: Date): string {
  const iso = now.toISOString();
  return `run_${iso.slice(0, 4)}_${iso.slice(5, 7)}_${iso.slice(8, 10)}_${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoClock } from "../../core/contract/index.ts";
import { createGenerator } from "../../core/generate/index.ts";
import { runGeneration } from "../../core/pipeline/index.ts";
import { startSimulator } from "../../simulator/index.ts";
import type { RunningSimulator } from "../../simulator/index.ts";
import { copyExampleRepo } from "../support/exampleRepo.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";
const HOUR = 3_600_000;

let repo: Awaited<ReturnType<typeof copyExampleRepo>>;
let now: Date;
const simulators: RunningSimulator[] = [];

beforeAll(async () => {
  repo = await copyExampleRepo();
  now = await demoClock(repo.root);
});
afterAll(() => repo.dispose());
afterEach(async () => {
  await Promise.all(simulators.splice(0).map((s) => s.close()));
});

async function simulator(options: Parameters<typeof startSimulator>[0] = {}) {
  const sim = await startSimulator({ seed: "pipeline-test", ...options });
  simulators.push(sim);
  return sim;
}

function generatorFor(sim: RunningSimulator) {
  return createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: null, concurrency: 4, backoff: { baseMs: 1, capMs: 5 } });
}

describe("runGeneration", () => {
  it("drafts one variant per role plus the generic variant for recipients with stale usage", async () => {
    const sim = await simulator();
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator: generatorFor(sim) });

    expect(run.freshness.decision).toBe("proceed_with_generic_variant");
    expect(run.drafts).not.toBeNull();
    const keys = run.drafts!.variants.map((v) => v.audience.key);
    expect(keys).toContain("generic");
    expect(keys.filter((k) => k.startsWith("personalized:")).length).toBeGreaterThanOrEqual(2);
    expect(run.drafts!.variants.every((v) => v.source === "model")).toBe(true);
    // One HTTP call per variant: nothing retried, nothing lost.
    expect(sim.requestCount()).toBe(keys.length);
    expect(run.trace.generation.calls).toBe(keys.length);
    expect(run.trace.prompt_version).toBe("trial_expiration_email:v7");
    expect(run.drafts!.provenance.prompt_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.drafts!.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Stale usage for part of the audience always puts a person in the loop.
    expect(run.drafts!.checkpoint.verdict).toBe("review");
    expect(run.drafts!.checkpoint.decision).toMatch(/^escalate to .+Product usage data is stale for 12 percent of recipients$/);
    expect(run.drafts!.checkpoint.required_reviewers).toContain("lifecycle-marketing");
    expect(run.trace.publish).toEqual({ status: "blocked", reason: "stale product usage for partial audience" });
  });

  it("stops before any model call when the audience segment is older than its error_after", async () => {
    const sim = await simulator();
    const late = new Date(now.getTime() + 48 * HOUR);
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now: late, generator: generatorFor(sim) });

    expect(run.freshness.decision).toBe("stop_before_generation");
    expect(run.freshness.required_inputs.audience_segment?.status).toBe("error");
    expect(run.drafts).toBeNull();
    expect(sim.requestCount()).toBe(0);
    expect(run.trace.generation.calls).toBe(0);
    expect(run.trace.publish.status).toBe("blocked");
    expect(run.trace.publish.reason).toContain("audience_segment stale");
  });

  it("falls back to the approved template for every variant when the model only answers 5xx, and traces each reason", async () => {
    const sim = await simulator({ rate5xx: 1 });
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator: generatorFor(sim) });

    const variants = run.drafts!.variants;
    expect(variants.length).toBeGreaterThanOrEqual(3);
    expect(variants.every((v) => v.source === "fallback_template")).toBe(true);
    expect(run.trace.generation.fallbacks.map((f) => f.variant)).toEqual(variants.map((v) => v.audience.key));
    for (const fallback of run.trace.generation.fallbacks) {
      expect(fallback.to).toBe("fallback_template");
      expect(fallback.reason).toMatch(/5\d\d|server/i);
    }
    // The fallback template is approved copy: it passes the deterministic checks.
    for (const v of variants) expect(v.evals.checks.filter((c) => c.status === "fail")).toEqual([]);
    expect(run.trace.publish.reason).toContain("fallback template used");
  });

  it("moves to the campaign's fallback model when the prompt's model keeps failing, and records every attempt", async () => {
    const sim = await simulator({ models: { "gpt-4.1": { rate5xx: 1 } } });
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator: generatorFor(sim) });
    const variants = run.drafts!.variants;
    expect(variants.every((v) => v.source === "model")).toBe(true);
    expect(run.trace.generations!.map((g) => g.model)).toEqual(variants.map(() => "gpt-4.1-mini"));
    // Each variant: the first try and three retries on gpt-4.1, then one call to gpt-4.1-mini.
    expect(run.trace.generation.calls).toBe(variants.length * 5);
    expect(sim.requestCount()).toBe(variants.length * 5);
    for (const fallback of run.trace.generation.fallbacks) {
      expect(fallback).toMatchObject({ to: "gpt-4.1-mini" });
      expect(fallback.reason).toMatch(/^gpt-4\.1: .+ after 4 attempts$/);
    }
    expect(run.trace.generation.fallbacks.map((f) => f.variant)).toEqual(variants.map((v) => v.audience.key));
    // A reviewer sees that another model wrote the copy: the run goes to review.
    expect(run.drafts!.checkpoint.decision).toContain("written by a fallback model for personalized:admin");
    expect(run.trace.publish.reason).not.toContain("fallback template used");
  });

  it("uses the model for every variant when a third of the calls are answered 429 with Retry-After", async () => {
    const sim = await simulator({ rate429: 0.34, retryAfterSeconds: 0 });
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator: generatorFor(sim) });
    expect(run.drafts!.variants.every((v) => v.source === "model")).toBe(true);
    expect(run.trace.generation.calls).toBe(sim.requestCount());
  });
});

describe("audience safety through the whole pipeline", () => {
  it("never lets an opted-out or unknown-consent recipient's id or email reach a prompt, a draft or a trace", async () => {
    const segment = (await readFile(join(repo.root, "datasets/snapshots/seg_trial_ending_3_days.jsonl"), "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, string>);
    const withheld = segment.filter((r) => r.consent !== "opted_in");
    expect(withheld.length).toBeGreaterThan(0);

    const sent: string[] = [];
    const recordingFetch = async (input: string | URL | Request, init?: RequestInit) => {
      if (typeof init?.body === "string") sent.push(init.body);
      return fetch(input, init);
    };
    const sim = await simulator();
    const generator = createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: null, fetch: recordingFetch });
    const run = await runGeneration({ root: repo.root, campaignDir: CAMPAIGN, now, generator });

    const everything = [...sent, JSON.stringify(run)].join("\n");
    expect(sent.length).toBeGreaterThan(0);
    for (const recipient of withheld) {
      expect(everything).not.toContain(recipient.user_id);
      expect(everything).not.toContain(recipient.email);
    }
    // Nor does any other recipient's personal data: cohorts carry aggregates only.
    for (const recipient of segment) expect(everything).not.toContain(recipient.email);
  });
});

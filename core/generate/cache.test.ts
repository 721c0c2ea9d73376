import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderTrialPrompt } from "../../simulator/fixtures.ts";
import { startSimulator } from "../../simulator/index.ts";
import { canonicalJson, sha256 } from "../hash.ts";
import { CACHE_FORMAT_VERSION, cacheKey, cachePath, readCached, writeCached, type CachedAnswer } from "./cache.ts";
import { createGenerator } from "./index.ts";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function cacheDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "copygate-cache-"));
  dirs.push(dir);
  return dir;
}

function answer(key: string, variant: number): CachedAnswer {
  // About 2 MB: written in several chunks, so a non-atomic write would be seen half done.
  const body = `Variant ${variant}. ${"Upgrading keeps every dashboard, query and alert created during the trial. ".repeat(28_000)}`;
  return {
    key, endpoint: "https://api.openai.com/v1", provider: "openai", model: "gpt-4.1", content: { email_body: body, variant }, usage: { input_tokens: 1, output_tokens: 2 },
    created_at: "2026-06-01T08:30:00.000Z", history: { first_valid: true, repaired: false, resent: 0 }, simulated: false,
  };
}

describe("the content-addressed response cache", () => {
  it("keys on endpoint, provider, model, parameters and messages, with key order irrelevant", () => {
    const parts = {
      endpoint: "https://api.openai.com/v1",
      provider: "openai",
      model: "gpt-4.1",
      parameters: { temperature: 0.4, max_tokens: 1200, response_format: { name: "email", schema: { type: "object", required: ["a"] } } },
      messages: [{ role: "user" as const, content: "Goal: upgrade" }],
    };
    const reordered = { messages: parts.messages, parameters: { response_format: parts.parameters.response_format, max_tokens: 1200, temperature: 0.4 }, model: "gpt-4.1", provider: "openai", endpoint: parts.endpoint };
    expect(cacheKey(reordered)).toBe(cacheKey(parts));
    expect(cacheKey({ ...parts, model: "gpt-4.1-mini" })).not.toBe(cacheKey(parts));
    expect(cacheKey({ ...parts, endpoint: "http://127.0.0.1:4010/v1" })).not.toBe(cacheKey(parts));
    expect(cacheKey({ ...parts, endpoint: "https://gateway.example.com/openai/v1" })).not.toBe(cacheKey(parts));
    expect(cacheKey({ ...parts, parameters: { ...parts.parameters, temperature: 0 } })).not.toBe(cacheKey(parts));
    // The format version is part of every key: entries of an older format are misses, never misread.
    expect(cacheKey(parts)).toBe(sha256(canonicalJson({ cache_format: CACHE_FORMAT_VERSION, ...parts })));
    expect(cacheKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores each answer under <cacheDir>/<2 hex>/<hash>.json", async () => {
    const dir = await cacheDir();
    const key = "ab".padEnd(64, "0");
    await writeCached(dir, answer(key, 1));
    expect(cachePath(dir, key)).toBe(join(dir, "ab", `${key}.json`));
    expect(JSON.parse(await readFile(cachePath(dir, key), "utf8"))).toEqual(answer(key, 1));
  });

  it("survives 12 concurrent writers of the same key: readers only ever see a whole answer, and no temp file is left", async () => {
    const dir = await cacheDir();
    const key = "cd".padEnd(64, "1");
    const readsDuringWrites: (CachedAnswer | null)[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        await writeCached(dir, answer(key, i));
        readsDuringWrites.push(await readCached(dir, key));
      }),
    );
    const final = JSON.parse(await readFile(cachePath(dir, key), "utf8")) as CachedAnswer;
    expect(final).toEqual(answer(key, final.content.variant as number));
    expect(readsDuringWrites.every((read) => read !== null && read.content.email_body === answer(key, read.content.variant as number).content.email_body)).toBe(true);
    expect(await readdir(join(dir, "cd"))).toEqual([`${key}.json`]);
  });

  it("treats a damaged cache file as a miss and regenerates", async () => {
    const dir = await cacheDir();
    const sim = await startSimulator({ seed: "cache" });
    try {
      const { messages, outputSchema } = await renderTrialPrompt();
      const request = { messages, outputSchema, settings: { model: "gpt-4.1" } };
      const generator = createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: dir });
      await generator.generate(request);
      const [shard] = await readdir(dir);
      const [file] = await readdir(join(dir, shard as string));
      await writeFile(join(dir, shard as string, file as string), '{"key": "trunc');
      const again = await generator.generate(request);
      expect(again.ok && again.cached).toBe(false);
      expect(sim.requestCount()).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it("shares answers between concurrent generators writing the same keys", async () => {
    const dir = await cacheDir();
    const sim = await startSimulator({ seed: "cache", latencyMs: 20 });
    try {
      const { messages, outputSchema } = await renderTrialPrompt();
      const request = { messages, outputSchema, settings: { model: "gpt-4.1" } };
      const generators = Array.from({ length: 5 }, () => createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: dir }));
      const results = await Promise.all(generators.map((g) => g.generate(request)));
      expect(results.every((r) => r.ok)).toBe(true);
      const warm = await createGenerator({ baseURL: sim.url, apiKey: "test", cacheDir: dir }).generate(request);
      expect(warm.ok && warm.cached).toBe(true);
      expect(sim.requestCount()).toBe(5);
    } finally {
      await sim.close();
    }
  });
});

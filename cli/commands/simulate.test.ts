import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.ts";
import { parseSimulateArgs, serve } from "./simulate.ts";

function captureIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: process.cwd(), env }, out, err };
}

describe("copygate simulate", () => {
  it("prints the base URL and settings, serves the SDK, and says how many requests it saw when stopped", async () => {
    const { io, out } = captureIo({ COPYGATE_SIM_LATENCY_MS: "5" });
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const exit = serve(["--seed", "demo", "--rate-429", "0.25", "--max-concurrent", "8"], io, stopped);
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const url = /listening on (\S+)/.exec(out[0] ?? "")?.[1] ?? "";
    expect(out[0]).toBe(
      [
        `copygate simulator listening on ${url}`,
        "seed demo · latency 5 ms · 429 0.25 · 5xx 0 · malformed 0 · invalid 0 · risky 0 · drop 0 · retry-after 1 s · max concurrent 8",
        `Point any OpenAI client at it: OPENAI_BASE_URL=${url} (no key needed)`,
        "Every answer is marked simulated (x-copygate-simulator header, +copygate-simulator in the model id): copygate never counts it as a judge's verdict.",
        "Press Ctrl+C to stop.",
        "",
      ].join("\n"),
    );
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const models = await new OpenAI({ baseURL: url, apiKey: "simulator", maxRetries: 0 }).models.list();
    expect(models.data.length).toBeGreaterThan(0);
    stop();
    expect(await exit).toBe(0);
    expect(out[1]).toBe("copygate simulator stopped after 1 request\n");
  });

  it("prints its usage for --help", async () => {
    const { io, out } = captureIo();
    expect(await serve(["--help"], io, Promise.resolve())).toBe(0);
    expect(out.join("")).toMatch(/^usage: copygate simulate \[--port N\] \[--seed S\] \[--latency-ms N\] \[--rate-429 R\]/);
  });

  it("rejects a rate outside 0..1 as a usage error that names the flag", () => {
    expect(() => parseSimulateArgs(["--rate-5xx", "1.5"], {})).toThrow(InputError);
    expect(() => parseSimulateArgs(["--rate-5xx", "1.5"], {})).toThrow('--rate-5xx must be a number from 0 to 1, got "1.5"');
  });

  it("answers an unknown flag with exit 2 and the usage", async () => {
    const { io, err } = captureIo();
    expect(await serve(["--bogus"], io, Promise.resolve())).toBe(2);
    expect(err.join("")).toBe("error: unknown option '--bogus'\nsee: copygate simulate --help\n");
  });

  it("suggests the flag meant", async () => {
    const { io, err } = captureIo();
    expect(await serve(["--latency", "200"], io, Promise.resolve())).toBe(2);
    expect(err.join("")).toBe("error: unknown option '--latency'\n(Did you mean --latency-ms?)\nsee: copygate simulate --help\n");
  });

  it("lets flags override COPYGATE_SIM_* variables", () => {
    expect(parseSimulateArgs(["--latency-ms", "200"], { COPYGATE_SIM_LATENCY_MS: "50", COPYGATE_SIM_SEED: "env-seed" })).toEqual({ latencyMs: 200, seed: "env-seed" });
  });
});

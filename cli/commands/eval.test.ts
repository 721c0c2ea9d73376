/**
 * copygate eval end to end: the real prompt registry, the real openai SDK over HTTP to the bundled
 * simulator, the real checks and judges, a real response cache on disk.
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../simulator/index.ts";
import { startUnmarkedModel } from "../../test/support/unmarkedModel.ts";
import { scriptedEndpoint } from "../../core/generate/scriptedEndpoint.test-support.ts";
import { main, type CommandIo } from "../main.ts";

const REPO = resolve(import.meta.dirname, "../..");
const EDGE = "datasets/trial_expiration_email/edge_cases.jsonl";

/** A copy of the repository's content, so each test has its own .copygate/cache. */
const copies: string[] = [];
afterAll(() => Promise.all(copies.splice(0).map((root) => rm(root, { recursive: true, force: true }))));

async function repoCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "copygate-eval-"));
  copies.push(root);
  for (const dir of ["prompts", "campaigns", "policies", "datasets"]) await cp(join(REPO, dir), join(root, dir), { recursive: true });
  return root;
}

async function copygate(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: { CI: "true", ...env } };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe("copygate eval against the bundled simulator", () => {
  let root: string;
  beforeAll(async () => {
    root = await repoCopy();
  });

  it("runs every case through both versions, says it uses the simulator, and a second run makes no model call", async () => {
    const args = ["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--out", "first.json"];
    const first = await copygate(args, root);
    expect(first.stderr).toMatch(/^eval: no OPENAI_BASE_URL or OPENAI_API_KEY set, using the bundled simulator at http:\/\/127\.0\.0\.1:\d+\/v1; judges: skipped: no judge model\n/);
    expect(first.stderr).toMatch(/eval: 30\/30 runs \(100%\), 0 cached, 0 errors\n/);
    expect(first.stdout).toMatch(/^Eval suite: trial_expiration_email_eval\nDataset: 15 edge cases\nCandidate prompt: v8\nBaseline prompt: v7\nAutomated results:\n- JSON validity: 15\/15 pass \[79\.6–100%\] \(baseline 15\/15 \[79\.6–100%\]\)\n/);
    expect(first.stdout).toContain("- Reviewer acceptance: skipped: no judge model\n");
    // Reviewer acceptance was not measured, so v8 cannot be promoted: exit 1.
    expect(first.code).toBe(1);
    const results = JSON.parse(await readFile(join(root, "first.json"), "utf8")) as { cases: { candidate: { ok: boolean }[]; baseline: { ok: boolean }[] }[] };
    expect(results.cases).toHaveLength(15);
    expect(results.cases.every((c) => c.candidate[0]?.ok && c.baseline[0]?.ok)).toBe(true);
    expect(first.stderr).toMatch(/eval: [1-9]\d* model calls, 0 cache hits, \d+ repairs, \d+ retries, \d+ rate-limited\n/);

    // Nothing changed: the answers come from the cache and their check results are reused, and it says so.
    const second = await copygate(args, root);
    expect(second.stderr).toContain("\neval: 0 model calls, 30 cache hits, 0 repairs, 0 retries, 0 rate-limited; 30 check results reused (same answer, context and copygate code)\n");
    expect(second.stdout).toBe(first.stdout);
  });

  it("never lets the bundled simulator stand in for a judge: reviewer acceptance is skipped and blocks promotion", async () => {
    const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE], root);
    expect(run.stdout).toContain("- Reviewer acceptance: skipped: no judge model\n");
    expect(run.code).toBe(1);
  });

  it("merges four shards into the report of the unsharded run, in every format", async () => {
    const whole = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--out", "whole.json"], root);
    const shardCodes: number[] = [];
    for (const i of [1, 2, 3, 4]) {
      const shard = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--shard", `${i}/4`, "--out", `shard-${i}.json`], root);
      expect(shard.stdout).toMatch(new RegExp(`\\nShard: ${i}/4 \\(\\d+ of 15 cases; merge the shards to decide\\)\\n`));
      shardCodes.push(shard.code);
    }
    // A shard decides nothing: it exits 0 so the merge job runs.
    expect(shardCodes).toEqual([0, 0, 0, 0]);
    for (const format of ["text", "markdown", "json", "junit"]) {
      const merged = await copygate(["eval", "merge", "shard-3.json", "shard-1.json", "shard-4.json", "shard-2.json", "--format", format], root);
      const unsharded = await copygate(["eval", "merge", "whole.json", "--format", format], root);
      expect(merged.stdout).toBe(unsharded.stdout);
      expect(merged.code).toBe(whole.code);
    }
    const text = await copygate(["eval", "merge", "shard-1.json", "shard-2.json", "shard-3.json", "shard-4.json"], root);
    expect(text.stdout).toBe(whole.stdout);
    const missing = await copygate(["eval", "merge", "shard-1.json", "shard-2.json"], root);
    expect(missing).toMatchObject({ code: 2, stdout: "", stderr: "missing shards 3/4, 4/4 — download every shard's results before merging\n" });
  });

  it("answers usage errors with exit 2 and a line, never a stack trace", async () => {
    const noCandidate = await copygate(["eval", "trial_expiration_email"], root);
    expect(noCandidate.code).toBe(2);
    expect(noCandidate.stderr).toMatch(/^copygate eval: name one workflow and --candidate <version>\nusage: copygate eval/);
    const badShard = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--shard", "5/4"], root);
    expect(badShard).toMatchObject({ code: 2, stderr: '--shard "5/4" is not a shard — write i/n with 1 ≤ i ≤ n, e.g. --shard 1/4\n' });
    const badVersion = await copygate(["eval", "trial_expiration_email", "--candidate", "99", "--no-judge"], root);
    expect(badVersion.code).toBe(2);
    expect(badVersion.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("copygate eval against a configured endpoint", () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    simulator = await startSimulator({ seed: "eval-test", rate429: 0.3, retryAfterSeconds: 0.05 });
  });
  afterAll(() => simulator.close());

  it("uses OPENAI_BASE_URL, and under 30% 429s every case still ends with a result", async () => {
    const root = await repoCopy();
    const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--no-cache", "--concurrency", "8", "--format", "junit"],
      root, { OPENAI_BASE_URL: simulator.url, OPENAI_API_KEY: "test-key" });
    expect(run.stderr).not.toContain("bundled simulator");
    expect(run.stdout).toContain('<testsuite name="trial_expiration_email@8 (candidate)" tests="15"');
    expect(run.stdout).toContain('<testsuite name="trial_expiration_email@7 (baseline)" tests="15"');
    expect(run.stdout).not.toContain("<error");
    expect(simulator.stats().byStatus["429"] ?? 0).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/eval: \d+ model calls, 0 cache hits, \d+ repairs, [1-9]\d* retries, [1-9]\d* rate-limited\n/);
  });
});

describe("copygate eval's concurrency budget", () => {
  it("keeps every repeat sample within one --concurrency budget: a server that refuses a fifth call in flight never has to", async () => {
    const strict = await startSimulator({ seed: "budget", latencyMs: 20, maxConcurrent: 4 });
    try {
      const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--no-cache", "--repeat", "3", "--concurrency", "4"],
        await repoCopy(), { OPENAI_BASE_URL: strict.url, OPENAI_API_KEY: "test-key" });
      expect(run.stderr).toMatch(/eval: 90 model calls, 0 cache hits, 0 repairs, 0 retries, 0 rate-limited\n/);
      expect(strict.stats().byStatus["429"] ?? 0).toBe(0);
    } finally {
      await strict.close();
    }
  });
});

describe("copygate eval with a configured judge model", () => {
  it("measures reviewer acceptance with a configured judge model and prints its agreement with the recorded decisions", async () => {
    const judgeModel = await startUnmarkedModel({ seed: "judge-test" });
    const run = await copygate(["eval", "trial_expiration_email", "--candidate", "v8", "--baseline", "7", "--format", "text"], await repoCopy(), {
      OPENAI_BASE_URL: judgeModel.url,
      OPENAI_API_KEY: "test-key",
    }).finally(() => judgeModel.close());
    expect(run.stdout).toContain("Dataset: 120 historical campaign briefs\n");
    expect(run.stdout).toMatch(/\n- Reviewer acceptance: [\d.]+ percent \[[\d.]+–[\d.]+%\] vs [\d.]+ percent \[[\d.]+–[\d.]+%\] baseline; judge agrees with the recorded reviewer decisions on \d+\/111 baseline runs \([\d.]+ percent\)\n/);
    expect(run.stdout).toMatch(/\nDecision:\n(Promote v8|Not yet: |Do not promote v8)/);
    expect([0, 1]).toContain(run.code);
  }, 120_000);
});

describe("copygate eval against a failing or simulated endpoint", () => {
  it("refuses a simulated judge's verdicts whatever the URL, and says why in the report", async () => {
    const sim = await startSimulator({ seed: "posing-judge" });
    try {
      const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-cache"], await repoCopy(), { OPENAI_BASE_URL: sim.url });
      const host = new URL(sim.url).host;
      expect(run.stdout).toContain(
        `- Reviewer acceptance: skipped: the answer came from copygate's bundled simulator at ${host}, which writes test copy and never judges; its verdict is not counted\n`,
      );
      expect(run.stdout).toContain(`- not measured: Reviewer acceptance above 90 percent; skipped: the answer came from copygate's bundled simulator at ${host}`);
      expect(run.code).toBe(1);
    } finally {
      await sim.close();
    }
  }, 120_000);

  it("exits 3 with one line naming the host when the endpoint is unreachable, calling it only a few times", async () => {
    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge"], await repoCopy(), { OPENAI_BASE_URL: url });
    const host = new URL(url).host;
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `eval: 30 runs lost because the model endpoint failed, not the content (cannot reach the model endpoint ${host} (connection refused (ECONNREFUSED)); check OPENAI_BASE_URL); exit 3\n`,
    );
    expect(run.stdout).toContain("Decision:\nDo not promote v8: 30 runs ended without an answer because of the model endpoint, so the comparison is incomplete; fix the endpoint and run again.\n");
    expect(run.stdout).toContain("- JSON validity: skipped (baseline skipped)\n");
  });

  it("stops calling when COPYGATE_MAX_CALLS is spent, says so, and exits 3", async () => {
    const server = await scriptedEndpoint([{ kind: "status", status: 503 }]);
    try {
      const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--no-cache"], await repoCopy(), {
        OPENAI_BASE_URL: server.url, COPYGATE_MAX_CALLS: "12",
      });
      expect(server.requests).toHaveLength(12);
      expect(run.stderr).toContain("eval: the run's budget of 12 model calls is spent; no further model calls were made (COPYGATE_MAX_CALLS, COPYGATE_DEADLINE_S)\n");
      expect(run.code).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("loses no run to 5% HTTP 500s or 10% dropped connections, and never counts a resend as a repair", async () => {
    const sim = await startSimulator({ seed: "flaky", rate5xx: 0.05, rateDrop: 0.1 });
    try {
      const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--no-cache"], await repoCopy(), { OPENAI_BASE_URL: sim.url });
      expect(run.stdout).not.toContain("Errors (");
      expect(run.stdout).toMatch(/\n- Answers: 15\/15 valid first time(, \d+ resent after endpoint errors)? \(baseline 15\/15 valid first time(, \d+ resent after endpoint errors)?\)\n/);
      expect(sim.stats().injected.dropped ?? 0).toBeGreaterThan(0);
      expect(run.code).toBe(1);
    } finally {
      await sim.close();
    }
  });

  it("redacts the configured key by value from the report, the results file and stderr", async () => {
    const key = "sk-proj-Lm3Nb5Vc7Xz9Kj2Hg4Fd6Sa8";
    const tail = key.slice("sk-proj-".length);
    const server = await scriptedEndpoint([{ kind: "status", status: 400, message: `Bad request from ${tail}` }]);
    const root = await repoCopy();
    try {
      const run = await copygate(["eval", "trial_expiration_email", "--candidate", "8", "--dataset", EDGE, "--no-judge", "--no-cache", "--out", "results.json", "--format", "markdown"], root, {
        OPENAI_BASE_URL: server.url, OPENAI_API_KEY: key,
      });
      const results = await readFile(join(root, "results.json"), "utf8");
      for (const text of [run.stdout, run.stderr, results]) expect(text).not.toContain(tail);
      expect(results).toContain("Bad request from [redacted]");
    } finally {
      await server.close();
    }
  });
});

describe("the example matrix workflow", () => {
  it("runs four shards that upload their results, and a merge job that merges exactly those", async () => {
    const { parse } = await import("yaml");
    const workflow = parse(await readFile(join(REPO, "examples/workflows/eval-matrix.yml"), "utf8")) as {
      env: Record<string, string | number>;
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
    };
    const { eval: shards, merge } = workflow.jobs;
    expect(shards!.strategy!.matrix.shard).toEqual([1, 2, 3, 4]);
    expect(workflow.env.SHARDS).toBe(4);
    const run = shards!.steps.find((s) => s.run?.includes("copygate eval"))!.run!;
    expect(run).toContain("--shard ${{ matrix.shard }}/$SHARDS");
    expect(run).toContain("--out results-${{ matrix.shard }}.json");
    expect(shards!.steps.find((s) => s.uses?.startsWith("actions/cache@"))!.with!.path).toBe(".copygate/cache");
    expect(shards!.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!.with!.name).toBe("eval-results-${{ matrix.shard }}");
    expect(merge!.needs).toBe("eval");
    expect(merge!.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))!.with).toMatchObject({ pattern: "eval-results-*", "merge-multiple": true });
    expect(merge!.steps.some((s) => s.run?.includes("npx copygate eval merge results-*.json"))).toBe(true);
  });
});

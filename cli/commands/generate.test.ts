import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.ts";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";
import { startSimulator } from "../../simulator/index.ts";
import { startUnmarkedModel } from "../../test/support/unmarkedModel.ts";
import { scriptedEndpoint } from "../../core/generate/scriptedEndpoint.test-support.ts";

let repo: Awaited<ReturnType<typeof copyExampleRepo>>;
beforeAll(async () => {
  repo = await copyExampleRepo();
});
afterAll(() => repo.dispose());

async function readTraces(): Promise<string> {
  const { readdir } = await import("node:fs/promises");
  const dir = join(repo.root, ".copygate", "traces");
  const files = await readdir(dir).catch(() => [] as string[]);
  return (await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")))).join("");
}

async function copygate(...args: string[]) {
  return copygateWith({}, ...args);
}

async function copygateWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: repo.root,
    env: { PATH: process.env.PATH, ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe("copygate generate", () => {
  it("writes drafts.json and a trace, and prints the run in pipeline order", async () => {
    const { code, stdout, stderr } = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "out/drafts.json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const order = ["model endpoint: copygate's bundled simulator", "Freshness: trial_expiration_email", "Audience: 291 personalized, 40 generic, 69 excluded", "Drafts:", "Approval checkpoint: trial_expiration_email", "Drafts written to out/drafts.json", "Trace: trace_"];
    const positions = order.map((text) => stdout.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const drafts = JSON.parse(await readFile(join(repo.root, "out/drafts.json"), "utf8"));
    const traceId = /Trace: (trace_[0-9a-f]+)/.exec(stdout)![1]!;
    expect(drafts.provenance.trace_id).toBe(traceId);
    const shown = await copygate("trace", "show", traceId);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Trace: ${traceId}\nWorkflow: trial_expiration_email\n`);
  });

  it("skips the judges on the bundled simulator, and runs them when a model endpoint is configured", async () => {
    const simulated = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "sim/drafts.json");
    expect(simulated.stdout).toContain("- Judge: brand fit: skipped (no judge model)\n");
    const model = await startUnmarkedModel({ seed: "configured-model" });
    try {
      const configured = await copygateWith({ OPENAI_BASE_URL: model.url, OPENAI_API_KEY: "sk-test-generate" }, "generate", "campaigns/trial-expiration-3d", "--out", "real/drafts.json", "--no-cache");
      expect(configured.stdout).toContain(`model endpoint: ${new URL(model.url).host}\n`);
      expect(configured.stdout).toMatch(/\n- Judge: brand fit: pass\n/);
      expect(configured.stdout).not.toContain("sk-test-generate");
      const drafts = JSON.parse(await readFile(join(repo.root, "real/drafts.json"), "utf8"));
      const judged = drafts.variants[0].evals.checks.filter((c: { id: string }) => c.id.startsWith("judge_"));
      expect(judged.map((c: { status: string }) => c.status)).toEqual(["pass", "pass", "pass", "pass"]);
      // Four variants, each one generation and four judge calls.
      expect(model.requestCount()).toBe(drafts.variants.length * 5);
    } finally {
      await model.close();
    }
  });

  it("refuses the simulator's verdicts even when it is configured as the endpoint, and says why", async () => {
    const sim = await startSimulator({ seed: "posing-as-a-model" });
    try {
      const run = await copygateWith({ OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: "sk-test-generate" }, "generate", "campaigns/trial-expiration-3d", "--out", "posing/drafts.json", "--no-cache");
      const host = new URL(sim.url).host;
      expect(run.stdout).toContain(
        `- Judge: reviewer acceptance: skipped (the answer came from copygate's bundled simulator at ${host}, which writes test copy and never judges; its verdict is not counted)\n`,
      );
      const drafts = JSON.parse(await readFile(join(repo.root, "posing/drafts.json"), "utf8"));
      const judged = drafts.variants[0].evals.checks.filter((c: { id: string }) => c.id.startsWith("judge_"));
      expect(judged.map((c: { status: string }) => c.status)).toEqual(["skipped", "skipped", "skipped", "skipped"]);
    } finally {
      await sim.close();
    }
  });

  it("works with a base URL alone: no key is needed, and none is sent", async () => {
    const model = await startUnmarkedModel({ seed: "local-server" });
    try {
      const run = await copygateWith({ OPENAI_BASE_URL: model.url }, "generate", "campaigns/trial-expiration-3d", "--out", "local/drafts.json", "--no-cache");
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain(`model endpoint: ${new URL(model.url).host} (no key: none sent)\n`);
      expect(run.stdout).not.toContain("fallback template");
      expect(run.code).toBe(0);
    } finally {
      await model.close();
    }
  });

  it("exits 3 with one line naming the host when the endpoint is unreachable, and never serves another endpoint's cached copy", async () => {
    // Fill the cache from the bundled simulator first: that copy must not be served for another endpoint.
    await copygate("generate", "campaigns/trial-expiration-3d", "--out", "cached/drafts.json");
    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    const host = new URL(url).host;
    const run = await copygateWith({ OPENAI_BASE_URL: url }, "generate", "campaigns/trial-expiration-3d", "--out", "unreachable/drafts.json");
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain("written by the model");
    expect(run.stdout).not.toContain("from the cache");
    expect(run.stderr).toBe(
      `copygate generate: 4 of 4 variants fell back to the template because the model endpoint failed, not the content (cannot reach the model endpoint ${host} (connection refused (ECONNREFUSED)); check OPENAI_BASE_URL); exit 3\n`,
    );
  });

  it("exits 3 naming the host when the endpoint refuses the credentials", async () => {
    const server = await scriptedEndpoint([{ kind: "status", status: 401, message: "Incorrect API key provided" }]);
    try {
      const run = await copygateWith({ OPENAI_BASE_URL: server.url, OPENAI_API_KEY: "sk-wrong-key-000000000000" }, "generate", "campaigns/trial-expiration-3d", "--out", "denied/drafts.json", "--no-cache");
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`(the model endpoint ${new URL(server.url).host} refused the credentials (HTTP 401); check OPENAI_API_KEY); exit 3\n`);
      expect(server.requests.length).toBeLessThanOrEqual(4);
    } finally {
      await server.close();
    }
  });

  it("says where a cached answer came from", async () => {
    await copygate("generate", "campaigns/trial-expiration-3d", "--out", "warm/drafts.json");
    const again = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "warm/drafts.json");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\] \d+ recipients, from the cache \(written by gpt-4\.1 at copygate-simulator:\/\/bundled\/[0-9a-f]{12} on \d{4}-\d\d-\d\dT[\d:.]+Z\), evals: /);
  });

  it("redacts a key the endpoint echoes, by value, from stdout, drafts.json and the trace", async () => {
    const key = "sk-proj-Qw7Er9Ty2Ui4Op6As8Df1Gh3";
    const tail = key.slice("sk-proj-".length);
    const server = await scriptedEndpoint([{ kind: "status", status: 400, message: `Invalid request for key ${tail}` }]);
    try {
      const run = await copygateWith({ OPENAI_BASE_URL: server.url, OPENAI_API_KEY: key }, "generate", "campaigns/trial-expiration-3d", "--out", "echo/drafts.json", "--no-cache");
      const drafts = await readFile(join(repo.root, "echo/drafts.json"), "utf8");
      const traces = await readTraces();
      for (const text of [run.stdout, run.stderr, drafts, traces]) {
        expect(text).not.toContain(tail);
        expect(text).not.toContain(tail.slice(-16));
      }
      expect(drafts).toContain("Invalid request for key [redacted]");
    } finally {
      await server.close();
    }
  });

  it("exits 1 and writes nothing when the data contract stops the run", async () => {
    const { code, stdout } = await copygate("generate", "campaigns/trial-expiration-3d", "--now", "2026-11-23T08:30:00Z", "--out", "stopped/drafts.json");
    expect(code).toBe(1);
    expect(stdout).toContain("Decision: stop before generation: no model is called");
    expect(stdout).toContain("Stopped before generation: no model was called and no drafts were written.");
    await expect(readFile(join(repo.root, "stopped/drafts.json"), "utf8")).rejects.toThrow();
  });

  it("reports an invalid campaign at its lines and runs nothing", async () => {
    const path = join(repo.root, "campaigns/trial-expiration-3d/campaign.yaml");
    const original = await readFile(path, "utf8");
    await writeFile(path, original.replace("\nbrief:\n", "\nbriefing:\n"));
    try {
      const { code, stdout, stderr } = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "invalid/drafts.json");
      expect(code).toBe(2);
      expect(stdout).toBe("");
      const line = original.split("\n").indexOf("brief:") + 1;
      expect(stderr).toBe(
        [
          "campaigns/trial-expiration-3d/campaign.yaml or a file it uses is not valid, so nothing ran:",
          'campaigns/trial-expiration-3d/campaign.yaml:2:1: missing required field "brief"',
          `campaigns/trial-expiration-3d/campaign.yaml:${line}:1: unknown field "briefing" (allowed: id, name, workflow, prompt, channel, audience, policies, contract, offer, brief, variants, generation, evals, approval, email, publish, rollout)`,
          "fix them and run again (`copygate validate` checks without running)",
          "",
        ].join("\n"),
      );
    } finally {
      await writeFile(path, original);
    }
  });

  it("reports a broken policy the campaign pins, at its line, and runs nothing", async () => {
    const path = join(repo.root, "policies/brand/brand_v6.yaml");
    const original = await readFile(path, "utf8");
    await writeFile(path, original.replace(/^banned_words: .*$/m, "banned_words: 5"));
    try {
      const { code, stderr } = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "invalid/drafts.json");
      expect(code).toBe(2);
      const line = original.split("\n").findIndex((l) => l.startsWith("banned_words:")) + 1;
      expect(stderr).toBe(
        [
          "campaigns/trial-expiration-3d/campaign.yaml or a file it uses is not valid, so nothing ran:",
          `policies/brand/brand_v6.yaml:${line}:1: banned_words must be a list, not number 5`,
          "fix it and run again (`copygate validate` checks without running)",
          "",
        ].join("\n"),
      );
    } finally {
      await writeFile(path, original);
    }
  });

  it("answers a usage error with exit 2", async () => {
    const { code, stderr } = await copygate("generate");
    expect(code).toBe(2);
    expect(stderr).toBe("error: missing required argument 'campaign-dir'\nsee: copygate generate --help\n");
  });

  it("leaves drafts.json alone when a re-run would write the same content and provenance, and --check says whether it would change", async () => {
    const first = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "stable/drafts.json");
    expect(first.stdout).toMatch(/\nDrafts written to stable\/drafts\.json \(content sha256:[0-9a-f]{12}\)\n/);
    const written = await readFile(join(repo.root, "stable/drafts.json"), "utf8");
    const again = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "stable/drafts.json");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\nDrafts unchanged: stable\/drafts\.json already holds this content and provenance \(content sha256:[0-9a-f]{12}\); not rewritten\n/);
    expect(await readFile(join(repo.root, "stable/drafts.json"), "utf8")).toBe(written);
    expect((await copygate("generate", "campaigns/trial-expiration-3d", "--out", "stable/drafts.json", "--check")).code).toBe(0);

    const edited = JSON.parse(written) as { variants: { content: { cta_text: string } }[] };
    edited.variants[0]!.content.cta_text = "Upgrade now";
    await writeFile(join(repo.root, "stable/drafts.json"), JSON.stringify(edited));
    const check = await copygate("generate", "campaigns/trial-expiration-3d", "--out", "stable/drafts.json", "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/\nDrafts would change: stable\/drafts\.json differs from this run \(content sha256:[0-9a-f]{12}\); run without --check to write it\n/);
    expect(JSON.parse(await readFile(join(repo.root, "stable/drafts.json"), "utf8"))).toEqual(edited);
  });

  it("names the file when --now is not a time", async () => {
    const { code, stderr } = await copygate("generate", "campaigns/trial-expiration-3d", "--now", "yesterday");
    expect(code).toBe(2);
    expect(stderr).toBe('--now "yesterday" is not an ISO 8601 time — e.g. --now 2026-11-20T08:30:00Z\n');
  });
});

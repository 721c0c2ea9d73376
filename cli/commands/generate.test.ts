import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.ts";
import { copyExampleRepo } from "../../test/support/exampleRepo.ts";

let repo: Awaited<ReturnType<typeof copyExampleRepo>>;
beforeAll(async () => {
  repo = await copyExampleRepo();
});
afterAll(() => repo.dispose());

async function copygate(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: repo.root,
    env: { PATH: process.env.PATH },
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

  it("exits 1 and writes nothing when the data contract stops the run", async () => {
    const { code, stdout } = await copygate("generate", "campaigns/trial-expiration-3d", "--now", "2026-11-23T08:30:00Z", "--out", "stopped/drafts.json");
    expect(code).toBe(1);
    expect(stdout).toContain("Decision: stop_before_generation");
    expect(stdout).toContain("Stopped before generation: no model was called and no drafts were written.");
    await expect(readFile(join(repo.root, "stopped/drafts.json"), "utf8")).rejects.toThrow();
  });

  it("answers a usage error with exit 2", async () => {
    const { code, stderr } = await copygate("generate");
    expect(code).toBe(2);
    expect(stderr).toBe("usage: copygate generate <campaign-dir> [--now ISO] [--out file] [--model name] [--no-cache] [--json]\n");
  });

  it("names the file when --now is not a time", async () => {
    const { code, stderr } = await copygate("generate", "campaigns/trial-expiration-3d", "--now", "yesterday");
    expect(code).toBe(2);
    expect(stderr).toBe('--now "yesterday" is not an ISO 8601 time — e.g. --now 2026-11-20T08:30:00Z\n');
  });
});

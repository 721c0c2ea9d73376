import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../main.ts";
import { appendTrace } from "../../core/trace/index.ts";
import { ISSUE_EXAMPLE_TRACE_TEXT, issueExampleTrace } from "../../core/trace/example-trace.ts";

let root = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "copygate-cli-trace-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function copygate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env: {} });
  return { code, stdout, stderr };
}

const USAGE = "see: copygate trace --help\n";

describe("copygate trace show", () => {
  it("prints a stored run in the issue's layout", async () => {
    await appendTrace(root, issueExampleTrace());
    expect(await copygate("trace", "show", "trace_9f42a1")).toEqual({
      code: 0,
      stderr: "",
      stdout: ISSUE_EXAMPLE_TRACE_TEXT,
    });
  });

  it("prints the stored record as JSON with --json", async () => {
    await appendTrace(root, issueExampleTrace());
    const { code, stdout } = await copygate("trace", "show", "trace_9f42a1", "--json");
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(issueExampleTrace(), null, 2)}\n`);
  });

  it("exits 1 and says how to get a trace when the id is unknown", async () => {
    expect(await copygate("trace", "show", "trace_x")).toEqual({
      code: 1,
      stdout: "",
      stderr: "no trace trace_x in .copygate/traces — run npx copygate generate <campaign-dir> first\n",
    });
  });

  it("exits 2 with the usage when the id is missing", async () => {
    expect(await copygate("trace", "show")).toEqual({
      code: 2,
      stdout: "",
      stderr: `copygate trace show: expected one trace id and no --limit\n${USAGE}`,
    });
  });
});

describe("copygate trace list", () => {
  beforeEach(async () => {
    await appendTrace(root, issueExampleTrace());
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_0c7d2e", run_id: "run_2026_06_02_0915_b3c4", started_at: "2026-06-02T09:15:00Z", prompt_version: "trial_expiration_email:v8", verdict: "pass", publish: { status: "published", target: "outbox" } }));
  });

  it("prints a table of runs, newest first", async () => {
    expect(await copygate("trace", "list")).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "TRACE ID      TIME (UTC)        WORKFLOW                PROMPT VERSION             VERDICT  PUBLISH",
        "trace_0c7d2e  2026-06-02 09:15  trial_expiration_email  trial_expiration_email:v8  pass     published",
        "trace_9f42a1  2026-06-01 08:30  trial_expiration_email  trial_expiration_email:v7  review   blocked",
        "",
      ].join("\n"),
    });
  });

  it("prints only the newest N runs with --limit N, as JSON with --json", async () => {
    const { code, stdout } = await copygate("trace", "list", "--limit", "1", "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { trace_id: string }[]).map((r) => r.trace_id)).toEqual(["trace_0c7d2e"]);
    expect(stdout.startsWith('[\n  {\n    "trace_id": "trace_0c7d2e",\n')).toBe(true);
  });

  it("says there are no traces yet in an empty repository", async () => {
    await rm(join(root, ".copygate"), { recursive: true });
    expect(await copygate("trace", "list")).toEqual({
      code: 0,
      stderr: "",
      stdout: "no traces in .copygate/traces — run npx copygate generate <campaign-dir> first\n",
    });
  });

  it("exits 2 when --limit is not a positive whole number", async () => {
    expect(await copygate("trace", "list", "--limit", "0")).toEqual({
      code: 2,
      stdout: "",
      stderr: `copygate trace list: --limit takes a whole number of runs, 1 or more (got "0")\n${USAGE}`,
    });
  });
});

describe("copygate trace", () => {
  it("exits 2 with the usage for an unknown subcommand", async () => {
    expect(await copygate("trace", "export")).toEqual({
      code: 2,
      stdout: "",
      stderr: `copygate trace: unknown subcommand "export": expected show or list\n${USAGE}`,
    });
  });

  it("exits 2 with the usage for an unknown flag", async () => {
    const { code, stderr } = await copygate("trace", "list", "--verbose");
    expect(code).toBe(2);
    expect(stderr).toBe(`error: unknown option '--verbose'\n${USAGE}`);
  });
});

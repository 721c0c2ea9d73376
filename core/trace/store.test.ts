import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendTrace, listTraces, readTrace } from "./store.ts";
import { issueExampleTrace } from "./example-trace.ts";
import type { TraceRecord } from "../model/trace.ts";

let root = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "copygate-trace-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const tracesDir = () => join(root, ".copygate", "traces");

describe("appendTrace", () => {
  it("creates .copygate/traces and writes the record as one JSON line in the day file of its start", async () => {
    await appendTrace(root, issueExampleTrace());
    const text = await readFile(join(tracesDir(), "2026-06-01.jsonl"), "utf8");
    expect(text.endsWith("\n")).toBe(true);
    expect(text.split("\n")).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(issueExampleTrace());
  });

  it("refuses a record holding personal data and writes nothing", async () => {
    const leaky = issueExampleTrace({ inputs: { email: "x" } });
    await expect(appendTrace(root, leaky)).rejects.toThrow("trace field inputs.email is named like personal data");
    await expect(readdir(tracesDir())).rejects.toThrow("ENOENT");
  });

  it("keeps every line whole when many processes append at the same time", async () => {
    const writers = 4;
    const perWriter = 150;
    const padBytes = 16_000; // well past PIPE_BUF (4 KiB): only single O_APPEND writes keep these whole
    const script = join(import.meta.dirname, "store-writer.fixture.ts");
    const run = promisify(execFile);
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        // cwd at the repository root, where node resolves the tsx loader
        // (without tsx's compile cache, which would otherwise stay behind in the OS temp dir)
        run(process.execPath, ["--import", "tsx", script, root, `w${w}`, String(perWriter), String(padBytes)], {
          cwd: join(import.meta.dirname, "..", ".."),
          env: { ...process.env, TSX_DISABLE_CACHE: "1" },
        }),
      ),
    );
    const lines = (await readFile(join(tracesDir(), "2026-06-01.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(writers * perWriter);
    const ids = lines.map((line) => (JSON.parse(line) as TraceRecord).trace_id);
    expect(new Set(ids).size).toBe(writers * perWriter);
    for (let w = 0; w < writers; w++) expect(ids.filter((id) => id.startsWith(`trace_w${w}_`))).toHaveLength(perWriter);
  }, 60_000);
});

describe("readTrace", () => {
  it("finds a record in an older day file", async () => {
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_old", started_at: "2026-05-30T10:00:00Z" }));
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_new", started_at: "2026-06-02T10:00:00Z" }));
    expect((await readTrace(root, "trace_old"))?.started_at).toBe("2026-05-30T10:00:00Z");
  });

  it("returns the newest record when an id was written twice", async () => {
    await appendTrace(root, issueExampleTrace({ publish: { status: "blocked", reason: "first" } }));
    await appendTrace(root, issueExampleTrace({ publish: { status: "published", target: "outbox" } }));
    expect((await readTrace(root, "trace_9f42a1"))?.publish.status).toBe("published");
  });

  it("returns null when no run wrote the id, and when there is no traces folder at all", async () => {
    expect(await readTrace(root, "trace_x")).toBeNull();
    await appendTrace(root, issueExampleTrace());
    expect(await readTrace(root, "trace_x")).toBeNull();
  });

  it("skips a torn line instead of failing every lookup", async () => {
    await mkdir(tracesDir(), { recursive: true });
    const good = JSON.stringify(issueExampleTrace());
    await writeFile(join(tracesDir(), "2026-06-01.jsonl"), `${good}\n{"trace_id": "trace_torn", "work\n`);
    expect((await readTrace(root, "trace_9f42a1"))?.run_id).toBe("run_2026_06_01_0830");
  });
});

describe("listTraces", () => {
  it("lists newest day first and, within a day, the last appended first, up to the limit", async () => {
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_a", started_at: "2026-06-01T08:00:00Z" }));
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_b", started_at: "2026-06-01T09:00:00Z" }));
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_c", started_at: "2026-06-03T07:00:00Z" }));
    await appendTrace(root, issueExampleTrace({ trace_id: "trace_d", started_at: "2026-05-20T07:00:00Z" }));
    expect((await listTraces(root)).map((r) => r.trace_id)).toEqual(["trace_c", "trace_b", "trace_a", "trace_d"]);
    expect((await listTraces(root, { limit: 2 })).map((r) => r.trace_id)).toEqual(["trace_c", "trace_b"]);
  });

  it("ignores files in the folder that are not day files", async () => {
    await appendTrace(root, issueExampleTrace());
    await writeFile(join(tracesDir(), "notes.txt"), "not a trace\n");
    expect((await listTraces(root)).map((r) => r.trace_id)).toEqual(["trace_9f42a1"]);
  });
});

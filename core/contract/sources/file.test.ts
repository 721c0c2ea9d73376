import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileSourceDefinition } from "../../model/index.ts";
import { tempRepo } from "../testing/tempRepo.ts";
import type { TempRepo } from "../testing/tempRepo.ts";
import { loadSnapshot } from "./index.ts";

const fileSource = (path: string, format: FileSourceDefinition["format"]): FileSourceDefinition => ({
  name: "crm",
  kind: "file",
  path,
  format,
  loaded_at_field: "updated_at",
});

describe("file sources", () => {
  let repo: TempRepo;
  beforeEach(async () => (repo = await tempRepo()));
  afterEach(() => repo.cleanup());

  it("reads the embedded segment snapshot and takes max_loaded_at over updated_at, as dbt does", async () => {
    const snapshot = await loadSnapshot(repo.root, fileSource("datasets/snapshots/seg_trial_ending_3_days.jsonl", "jsonl"));
    expect(snapshot.rows).toHaveLength(400);
    expect(snapshot.max_loaded_at).toBe("2026-11-20T05:30:00.000Z");
    expect(snapshot.snapshot_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("reads JSON as an array or as {rows: [...]}, and CSV with its header", async () => {
    await repo.write("d/a.json", '[{"updated_at": "2026-01-01T00:00:00Z"}, {"updated_at": "2026-01-02T00:00:00Z"}]');
    await repo.write("d/b.json", '{"rows": [{"updated_at": "2026-01-03T00:00:00Z"}]}');
    await repo.write("d/c.csv", 'id,updated_at\n1,"2026-01-04T00:00:00Z"\n');
    expect((await loadSnapshot(repo.root, fileSource("d/a.json", "json"))).max_loaded_at).toBe("2026-01-02T00:00:00.000Z");
    expect((await loadSnapshot(repo.root, fileSource("d/b.json", "json"))).max_loaded_at).toBe("2026-01-03T00:00:00.000Z");
    expect((await loadSnapshot(repo.root, fileSource("d/c.csv", "csv"))).rows).toEqual([{ id: "1", updated_at: "2026-01-04T00:00:00Z" }]);
  });

  it("hashes equal rows equally whatever their key order, and different rows differently", async () => {
    await repo.write("d/a.jsonl", '{"a": 1, "updated_at": "2026-01-01T00:00:00Z"}\n');
    await repo.write("d/b.jsonl", '{"updated_at": "2026-01-01T00:00:00Z", "a": 1}\n');
    await repo.write("d/c.jsonl", '{"updated_at": "2026-01-01T00:00:00Z", "a": 2}\n');
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((n) => loadSnapshot(repo.root, fileSource(`d/${n}.jsonl`, "jsonl"))));
    expect(a!.snapshot_hash).toBe(b!.snapshot_hash);
    expect(a!.snapshot_hash).not.toBe(c!.snapshot_hash);
  });

  it("gives max_loaded_at null when no row has a valid loaded-at time", async () => {
    await repo.write("d/a.jsonl", '{"updated_at": "yesterday"}\n{"other": 1}\n');
    expect((await loadSnapshot(repo.root, fileSource("d/a.jsonl", "jsonl"))).max_loaded_at).toBeNull();
  });

  it("names the file and line of a JSONL line that is not JSON", async () => {
    await repo.write("d/a.jsonl", '{"updated_at": "2026-01-01T00:00:00Z"}\n{oops\n');
    await expect(loadSnapshot(repo.root, fileSource("d/a.jsonl", "jsonl"))).rejects.toMatchObject({ file: "d/a.jsonl", line: 2, message: "line is not valid JSON" });
  });

  it("names the line of a JSON syntax error without quoting the file's content", async () => {
    await repo.write("d/a.json", '[\n  {"email": "ada.10001@example.com",\n  oops}\n]');
    const error = await loadSnapshot(repo.root, fileSource("d/a.json", "json")).catch((e: Error) => e);
    expect(error).toMatchObject({ file: "d/a.json", line: 3, message: "file is not valid JSON" });
  });

  it("refuses a path that leaves the repository", async () => {
    await expect(loadSnapshot(repo.root, fileSource("../../etc/passwd", "csv"))).rejects.toThrow("../../etc/passwd is outside the repository (a path or a symbolic link leads out of it)");
  });

  it("says which source is missing its file", async () => {
    await expect(loadSnapshot(repo.root, fileSource("d/none.csv", "csv"))).rejects.toThrow('source "crm": cannot read d/none.csv');
  });
});

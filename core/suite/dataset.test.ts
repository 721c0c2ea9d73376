import { mkdtemp, writeFile, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../errors.ts";
import { loadDatasets, parseDatasetText } from "./dataset.ts";

const tempDirs: string[] = [];
afterEach(() => Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "suite-dataset-"));
  tempDirs.push(dir);
  return dir;
}

function formatted(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.format();
    throw error;
  }
  return "no error";
}

describe("eval datasets", () => {
  it("reads one case a line, skipping blank lines, normalising reviewer decisions", () => {
    const text = '{"id":"b1","input":{"brand_name":"Lumora"},"reviewer_decision":"approved","outcome":{"upgrade_rate":0.12}}\n\n{"id":2,"input":{},"reviewer_decision":"rejected"}\n';
    const cases = parseDatasetText(text, "d.jsonl", 10);
    expect(cases).toEqual([
      { id: "b1", index: 10, input: { brand_name: "Lumora" }, reviewerDecision: "accept", outcome: { upgrade_rate: 0.12 }, source: { file: "d.jsonl", line: 1 } },
      { id: "2", index: 11, input: {}, reviewerDecision: "reject", source: { file: "d.jsonl", line: 3 } },
    ]);
  });

  it("names the file and line of a row that is not JSON", () => {
    expect(formatted(() => parseDatasetText('{"id":"a","input":{}}\n{"id": "b", input}\n', "datasets/x.jsonl")))
      .toMatch(/^datasets\/x\.jsonl:2:1: invalid JSON: .* — each line must be one JSON object$/);
  });

  it("names the line of a case without an id or without an input object", () => {
    expect(formatted(() => parseDatasetText('{"input":{}}', "x.jsonl"))).toBe('x.jsonl:1:1: case has no id — add a unique "id" string');
    expect(formatted(() => parseDatasetText('\n{"id":"a","input":[1]}', "x.jsonl"))).toBe('x.jsonl:2:1: case "a" has no input object — add the prompt input as "input": {…}');
  });

  it("refuses a reviewer decision it cannot read instead of guessing", () => {
    expect(formatted(() => parseDatasetText('{"id":"a","input":{},"reviewer_decision":"maybe"}', "x.jsonl")))
      .toBe('x.jsonl:1:1: case "a": unknown reviewer_decision "maybe" — use accepted or rejected');
  });

  it("numbers cases across several files and refuses an id used twice, naming both places", async () => {
    const root = await tempDir();
    await mkdir(join(root, "datasets"));
    await writeFile(join(root, "datasets/a.jsonl"), '{"id":"a1","input":{}}\n{"id":"a2","input":{}}\n');
    await writeFile(join(root, "datasets/b.jsonl"), '{"id":"b1","input":{}}\n');
    const dataset = await loadDatasets(root, ["datasets/a.jsonl", "datasets/b.jsonl"]);
    expect(dataset.cases.map((c) => [c.id, c.index])).toEqual([["a1", 0], ["a2", 1], ["b1", 2]]);
    expect(dataset.summaries).toEqual([{ path: "datasets/a.jsonl", cases: 2 }, { path: "datasets/b.jsonl", cases: 1 }]);
    expect(dataset.hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    await writeFile(join(root, "datasets/c.jsonl"), '\n{"id":"a2","input":{}}\n');
    await expect(loadDatasets(root, ["datasets/a.jsonl", "datasets/c.jsonl"])).rejects.toThrow('duplicate case id "a2" (first at datasets/a.jsonl:2)');
    await expect(loadDatasets(root, ["datasets/missing.jsonl"])).rejects.toThrow("cannot read dataset datasets/missing.jsonl");
  });
});

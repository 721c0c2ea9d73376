import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomically } from "./atomic.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "copygate-atomic-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("writeFileAtomically", () => {
  it("replaces the file whole and leaves nothing else beside it", async () => {
    const target = join(dir, "cache.json");
    await writeFile(target, "old");
    await Promise.all(["first", "second", "third"].map((text) => writeFileAtomically(target, text)));
    expect(["first", "second", "third"]).toContain(await readFile(target, "utf8"));
    expect(await readdir(dir)).toEqual(["cache.json"]);
  });

  it("rethrows a failed write and leaves no temporary file", async () => {
    // A folder where the file should be: the rename fails after the temporary file was written.
    const target = join(dir, "taken");
    await mkdir(join(target, "inside"), { recursive: true });
    await expect(writeFileAtomically(target, "text")).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST|illegal operation on a directory/);
    expect(await readdir(dir)).toEqual(["taken"]);
    await expect(writeFileAtomically(join(dir, "missing", "file.json"), "text")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual(["taken"]);
  });
});

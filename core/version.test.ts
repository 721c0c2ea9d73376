import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { COPYGATE_VERSION } from "./version.ts";

describe("copygate's version", () => {
  it("is package.json's, so a report names the release that wrote it", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(COPYGATE_VERSION).toBe(pkg.version);
  });
});

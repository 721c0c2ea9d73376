import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseInputs } from "./lib/inputs.ts";

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
const actionYml = async () => parse(await readFile(new URL("../action.yml", import.meta.url), "utf8")) as ActionYml;

describe("action.yml", () => {
  it("runs the committed bundle on node24", async () => {
    expect((await actionYml()).runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs the runner reads, with defaults it accepts", async () => {
    const { inputs } = await actionYml();
    const read: string[] = [];
    const parsed = parseInputs((name) => {
      read.push(name);
      return name === "github-token" ? "t" : inputs[name]?.default ?? "";
    });
    expect(Object.keys(inputs).sort()).toEqual([...read].sort());
    expect(inputs["github-token"]?.default).toBe("${{ github.token }}");
    expect(parsed).toMatchObject({ concurrency: 8, comment: true, failOn: "fail", root: "." });
  });

  it("declares the outputs decision, risk-level and report-path", async () => {
    expect(Object.keys((await actionYml()).outputs)).toEqual(["decision", "risk-level", "report-path"]);
  });
});

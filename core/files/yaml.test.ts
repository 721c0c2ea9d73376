import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { InputError } from "../errors.ts";
import { readYamlFile } from "./yaml.ts";

const roots: string[] = [];
afterEach(() => Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true }))));

async function fileWith(text: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "copygate-yaml-"));
  roots.push(root);
  await writeFile(join(root, "x.yaml"), text);
  return root;
}

async function errorOf(text: string): Promise<string> {
  try {
    await readYamlFile(await fileWith(text), "x.yaml");
  } catch (error) {
    return (error as InputError).format();
  }
  return "no error";
}

describe("reading a YAML file", () => {
  it("returns the mapping it holds", async () => {
    expect(await readYamlFile(await fileWith("a: 1\nb: [x]\n"), "x.yaml")).toEqual({ a: 1, b: ["x"] });
  });

  it("names the file, line and column of a syntax error", async () => {
    expect(await errorOf("a: 1\nb: [x\n")).toMatch(/^x\.yaml:3:1: YAML syntax error: /);
  });

  it("refuses an empty file or a top level that is not a mapping", async () => {
    expect(await errorOf("# only a comment\n")).toBe("x.yaml:1:1: the file is empty — run copygate validate x.yaml");
    expect(await errorOf("- a\n- b\n")).toBe("x.yaml:1:1: expected a mapping of fields (key: value lines) at the top level — run copygate validate x.yaml");
  });
});

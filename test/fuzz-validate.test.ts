import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyRepoContent } from "../core/prompts/testing.ts";
import { validateRepository } from "../core/validate/index.ts";
import type { CommandIo } from "../cli/main.ts";
import { main } from "../cli/main.ts";
import { seededRandom } from "../scripts/dataset-rows.ts";
import type { Random } from "../scripts/dataset-rows.ts";

const ITERATIONS = 300;
const SIGNIFICANT = [":", "{", "}", "[", "]", "-", '"', "'", "\t", "\n", "---\n", "{{", "}}", "{{#if x}}", "&a", "*a", "!!binary", "#", ",", "\\", "\u0000", "é", "🙂"];

function mutate(text: string, random: Random): string {
  const at = () => Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 6)) {
    case 0: return Array.from({ length: Math.floor(random() * 300) }, () => String.fromCharCode(Math.floor(random() * 256))).join("");
    case 1: return text.slice(0, at());
    case 2: { const i = at(); return text.slice(0, i) + SIGNIFICANT[Math.floor(random() * SIGNIFICANT.length)] + text.slice(i); }
    case 3: { const i = at(); return text.slice(0, i) + text.slice(i + 1 + Math.floor(random() * 20)); }
    case 4: { const lines = text.split("\n"); const i = Math.floor(random() * lines.length); lines.splice(i, 0, lines[Math.floor(random() * lines.length)] ?? ""); return lines.join("\n"); }
    default: { let out = text; for (let n = 0; n < 5; n++) { const i = Math.floor(random() * out.length); out = out.slice(0, i) + String.fromCharCode(32 + Math.floor(random() * 95)) + out.slice(i + 1); } return out; }
  }
}

describe("validate under fuzzing", () => {
  it("never throws and never prints a stack trace, whatever the files contain", async () => {
    const root = await copyRepoContent();
    const files = (await validateRepository(root)).problems.length === 0 ? await listChecked(root) : [];
    expect(files.length).toBeGreaterThan(15);
    const random = seededRandom(424242);
    let withProblems = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const file = files[Math.floor(random() * files.length)]!;
      const original = await readFile(join(root, file), "utf8");
      await writeFile(join(root, file), mutate(original, random));
      let output = "";
      const io: CommandIo = { cwd: root, env: {}, stdout: (t) => void (output += t), stderr: (t) => void (output += t) };
      const code = await main(["validate", ...(i % 10 === 0 ? [] : [file])], io);
      if (code === 1) withProblems += 1;
      expect([0, 1], `exit ${code} for ${file} (iteration ${i}): ${output}`).toContain(code);
      expect(output).not.toMatch(/\n\s+at .+[:(]\d+/);
      expect(output).not.toContain("cannot check this file");
      await writeFile(join(root, file), original);
    }
    // The mutations must actually break files, or the test proves nothing.
    expect(withProblems).toBeGreaterThan(ITERATIONS / 2);
  }, 120_000);
});

async function listChecked(root: string): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(join(root, dir), { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : Promise.resolve([`${dir}/${e.name}`]))));
    return nested.flat();
  };
  const all = (await Promise.all(["prompts", "campaigns", "policies", "sources", "datasets"].map(walk))).flat();
  return all.filter((f) => !f.startsWith("datasets/snapshots/")).sort();
}

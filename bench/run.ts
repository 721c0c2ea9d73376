/**
 * `npm run bench`: runs every section of bench/sections.ts, each in a child process, and prints one
 * table. `npm run bench -- eval-c16 eval-429` runs only those. A section that misses its target
 * makes the exit code 1.
 */
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { formatRows, type BenchRow } from "./measure.ts";
import { BENCH_SECTIONS } from "./sections.ts";

const RESULT_PREFIX = "BENCH_ROWS ";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--section") return runSection(argv[1] ?? "");
  const names = argv.length > 0 ? argv : Object.keys(BENCH_SECTIONS);
  const unknown = names.filter((n) => !BENCH_SECTIONS[n]);
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(", ")}; sections: ${Object.keys(BENCH_SECTIONS).join(", ")}\n`);
    return 2;
  }
  const rows: BenchRow[] = [];
  for (const name of names) {
    process.stderr.write(`bench: ${BENCH_SECTIONS[name]!.title}…\n`);
    rows.push(...(await sectionInChild(name)));
  }
  process.stdout.write(`${formatRows(rows)}\n`);
  // Timing on a shared machine means little without its load: print it beside the figures.
  process.stdout.write(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min), Node ${process.version}\n`);
  return rows.every((r) => !r.target || r.target.met) ? 0 : 1;
}

async function runSection(name: string): Promise<number> {
  const section = BENCH_SECTIONS[name];
  if (!section) return 2;
  const rows = await section.run();
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(rows)}\n`);
  return 0;
}

/** A fresh process per section: its peak RSS is the section's own, not the sum of all before it. */
function sectionInChild(name: string): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url), "--section", name], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) return reject(new Error(`bench section ${name} exited ${code}`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as BenchRow[]);
    });
  });
}

process.exitCode = await main(process.argv.slice(2));

/**
 * The built command's start-up (issue 15): `copygate --version` and `copygate validate` on the example
 * repository, run from dist/ as an installed package runs them, beside the checkout's tsx path and
 * beside `node -e 0` (the physical limit: Node's own start). Median of 7 runs each.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./measure.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 7;

function medianMs(args: string[], node = process.execPath, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = spawnSync(node, args, { cwd: ROOT, stdio: "ignore", env });
    times.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited ${result.status}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

function row(name: string, wallMs: number, limitMs: number, target?: { ms: number; text: string }, note?: string): BenchRow {
  return { name, calls: 0, concurrency: 1, latencyMs: 0, wallMs, limitMs, simulatorRequests: 0, peakRssMb: 0, ...(target ? { target: { text: target.text, met: wallMs <= target.ms } } : {}), ...(note ? { note } : {}) };
}

/**
 * On Node 24 (COPYGATE_NODE24, which .ci/run fetches) the installed command keeps compiled code
 * between runs (bin/copygate.js turns Node's compile cache on): validate with that cache warm.
 */
function node24Rows(built: string): BenchRow[] {
  const node24 = process.env.COPYGATE_NODE24;
  if (!node24 || !existsSync(node24)) {
    process.stderr.write("bench: Node 24 rows skipped: set COPYGATE_NODE24 to a Node 24 binary\n");
    return [];
  }
  const cache = mkdtempSync(join(tmpdir(), "copygate-compile-cache-"));
  try {
    const env = { ...process.env, NODE_COMPILE_CACHE: cache };
    const nodeStart = medianMs(["-e", "0"], node24);
    medianMs([built, "validate"], node24, env); // fills the cache
    return [
      row("node 24 -e 0", nodeStart, nodeStart),
      row("validate (built, Node 24, compile cache)", medianMs([built, "validate"], node24, env), nodeStart, { ms: 500, text: "≤ 0.5 s" }),
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

export async function cliStartRows(): Promise<BenchRow[]> {
  execFileSync(process.execPath, ["scripts/build-package.mjs"], { cwd: ROOT, stdio: "ignore" });
  const nodeStart = medianMs(["-e", "0"]);
  const built = `${ROOT}dist/cli/bin.js`;
  return [
    row("node -e 0", nodeStart, nodeStart),
    row("--version (built)", medianMs([built, "--version"]), nodeStart, { ms: 150, text: "≤ 0.15 s" }),
    row("--version (checkout, tsx)", medianMs(["bin/copygate.js", "--version"]), nodeStart, undefined, "development path: sources through tsx"),
    row("validate (built)", medianMs([built, "validate"]), nodeStart, { ms: 500, text: "≤ 0.5 s" }),
    row("validate (checkout, tsx)", medianMs(["bin/copygate.js", "validate"]), nodeStart),
    ...node24Rows(built),
  ];
}

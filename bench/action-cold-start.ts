/**
 * The bundled Action's cold start: from spawning `node action/dist/index.js` (as the runner does)
 * to the first request reaching the GitHub API twin. A recording proxy in front of the twin notes
 * when the first request arrives; the pull request changes one unrelated file, so the run after
 * that first request is short.
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createFixtureRepo, pullRequestPayload, startGitHubTwin } from "../test/github-twin/index.ts";
import { exampleContent } from "../test/action/content.ts";
import { runBuiltAction } from "../test/action/run-action.ts";
import { peakRssMb, type BenchRow } from "./measure.ts";

export interface ColdStart {
  /** Spawn → first API request, per run, in ms. */
  firstRequestMs: number[];
  /** Spawn → process exit, per run, in ms. */
  totalMs: number[];
  medianFirstRequestMs: number;
}

export async function measureActionColdStart(runs = 5): Promise<ColdStart> {
  const repo = await createFixtureRepo(await exampleContent());
  const baseSha = await repo.git("rev-parse", "HEAD");
  const headSha = await repo.commit("notes", { "NOTES.md": "Nothing copygate checks.\n" }, "Add notes");
  const twin = await startGitHubTwin({ repoDir: repo.dir, owner: "lumora", repo: "marketing" });
  twin.addPullRequest({ number: 1, base: "main", head: "notes", title: "Notes" });
  const proxy = await startRecordingProxy(twin.url);
  const payload = pullRequestPayload({ url: proxy.url, owner: "lumora", repo: "marketing" }, {
    action: "synchronize", number: 1, title: "Notes", base: { ref: "main", sha: baseSha }, head: { ref: "notes", sha: headSha },
  });
  const result: ColdStart = { firstRequestMs: [], totalMs: [], medianFirstRequestMs: 0 };
  try {
    for (let i = 0; i < runs; i++) {
      proxy.reset();
      const started = performance.now();
      const run = await runBuiltAction({ apiUrl: proxy.url, repository: "lumora/marketing", workspace: repo.dir, eventName: "pull_request", payload, headSha });
      const ended = performance.now();
      if (run.exitCode !== 0 || proxy.firstAt() === null) throw new Error(`action run failed (exit ${run.exitCode}): ${run.stdout.slice(-500)}`);
      result.firstRequestMs.push(Math.round(proxy.firstAt()! - started));
      result.totalMs.push(Math.round(ended - started));
    }
  } finally {
    await proxy.close();
    await twin.close();
    await repo.remove();
  }
  const sorted = [...result.firstRequestMs].sort((a, b) => a - b);
  result.medianFirstRequestMs = sorted[Math.floor(sorted.length / 2)]!;
  return result;
}

/** The bench section: one row with the median cold start and every run in the note. */
export async function actionColdStartRows(): Promise<BenchRow[]> {
  const cold = await measureActionColdStart(5);
  return [{
    name: "action-cold-start",
    calls: 0, concurrency: 0, latencyMs: 0, limitMs: 0, simulatorRequests: 0,
    wallMs: cold.medianFirstRequestMs,
    peakRssMb: peakRssMb(),
    note: `spawn → first API request ${cold.firstRequestMs.join(", ")} ms (median ${cold.medianFirstRequestMs}); whole run ${cold.totalMs.join(", ")} ms`,
  }];
}

async function startRecordingProxy(target: string): Promise<{ url: string; firstAt(): number | null; reset(): void; close(): Promise<void> }> {
  let first: number | null = null;
  const server = createServer((req, res) => {
    first ??= performance.now();
    void forward(target, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    firstAt: () => first,
    reset: () => void (first = null),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function forward(target: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === "string" && !["host", "connection", "content-length"].includes(k))) as Record<string, string>;
  const answer = await fetch(`${target}${req.url ?? "/"}`, { method: req.method ?? "GET", headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
  const body = Buffer.from(await answer.arrayBuffer());
  const out: Record<string, string> = {};
  answer.headers.forEach((value, key) => { if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(key)) out[key] = value; });
  res.writeHead(answer.status, out).end(body);
}

// `node bin/run-ts.js bench/action-cold-start.ts` prints the measurement on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const cold = await measureActionColdStart(Number(process.argv[2] ?? 5));
  process.stdout.write(`${JSON.stringify(cold)}\n`);
}

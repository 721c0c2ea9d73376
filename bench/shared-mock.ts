/**
 * The anchor's mock (../shared/bench/mock-openai.mjs, beside the repository) in a child process:
 * started on a free port, its counters read and reset over HTTP, as the anchor measured promptfoo.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** ../shared/bench relative to the repository root (in CI the repository is cloned with shared/ beside it). */
export function sharedBenchDir(root: string): string {
  return resolve(root, "..", "shared", "bench");
}

export function sharedBenchAvailable(root: string): boolean {
  const dir = sharedBenchDir(root);
  return existsSync(join(dir, "mock-openai.mjs")) && existsSync(join(dir, "make-distinct.mjs"));
}

export interface MockStats {
  requests_total: number;
  served_200: number;
  sent_429: number;
  sent_500: number;
  max_inflight_seen: number;
  content_buckets: Record<string, number>;
}

export interface SharedMock {
  url: string;
  stats(): Promise<MockStats>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startSharedMock(root: string, env: Record<string, string>): Promise<SharedMock> {
  const child = spawn(process.execPath, [join(sharedBenchDir(root), "mock-openai.mjs")], {
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await listeningPort(child);
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/v1`,
    stats: async () => (await (await fetch(`${base}/stats`)).json()) as MockStats,
    reset: async () => {
      await (await fetch(`${base}/stats/reset`, { method: "POST" })).text();
    },
    close: async () => {
      const exited = new Promise<void>((done) => child.once("exit", () => done()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((done, fail) => {
    let out = "";
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(out)?.[1];
      if (port) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        done(Number(port));
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => fail(new Error(`mock-openai exited ${code} before listening`)));
  });
}

/**
 * The MJML engine behind a worker thread (engine-worker.ts). The installed package renders there:
 * loading the engine is the largest single cost of `copygate validate` and `generate`, and a second
 * core can pay it while this one parses YAML. In a checkout (sources through tsx) and in the Action's
 * bundle there is no built worker file, and the engine loads in this thread (mjml.ts).
 */
import { Worker } from "node:worker_threads";
import type { MjmlError, MjmlRender } from "./engine.ts";

/** Written in by the package build (scripts/build-package.mjs): the worker's file, relative to the built chunks. */
declare const __COPYGATE_MJML_WORKER__: string | undefined;

export function builtWorkerUrl(): URL | undefined {
  return typeof __COPYGATE_MJML_WORKER__ === "string" ? new URL(__COPYGATE_MJML_WORKER__, import.meta.url) : undefined;
}

interface Pending {
  resolve(result: { html: string; errors: MjmlError[] }): void;
  reject(error: Error): void;
}

/**
 * A renderer that posts each template to a worker started now. The worker never keeps the process
 * alive while nothing waits for it. `unavailable` makes the error for a worker that cannot start or
 * stopped (the engine missing, a crash): every waiting and later rendering fails with it.
 */
export function workerRenderer(url: URL, unavailable: (why: string) => Error): MjmlRender {
  const worker = new Worker(url);
  worker.unref();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let failed: Error | undefined;
  const fail = (why: string) => {
    failed ??= unavailable(why);
    for (const waiting of pending.values()) waiting.reject(failed);
    pending.clear();
  };
  worker.on("message", (reply: { id: number; html?: string; errors?: MjmlError[]; error?: string }) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (!waiting) return;
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve({ html: reply.html ?? "", errors: reply.errors ?? [] });
  });
  worker.on("error", (error) => fail(error.message.split("\n")[0] ?? "the renderer's thread failed"));
  worker.on("exit", (code) => fail(`the renderer's thread stopped (exit code ${code})`));
  return (mjml, options) =>
    new Promise((resolve, reject) => {
      if (failed) return reject(failed);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, mjml, options });
    });
}

/**
 * The MJML engine in a worker thread (the installed package only; see engine-thread.ts): it loads
 * and renders on a second core while the main thread reads and checks the rest of a repository.
 * One message per rendering: { id, mjml, options } in, { id, html, errors } or { id, error } out.
 */
import { parentPort } from "node:worker_threads";
import { mjmlEngine } from "./engine.ts";

const render = mjmlEngine();

parentPort?.on("message", (request: { id: number; mjml: string; options: Record<string, unknown> }) => {
  render(request.mjml, request.options).then(
    ({ html, errors }) => parentPort?.postMessage({ id: request.id, html, errors: errors.map(({ line, message, tagName }) => ({ line, message, tagName })) }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: String((error as Error)?.message ?? error) }),
  );
});

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../prompts/testing.ts";
import { builtWorkerUrl, workerRenderer } from "./engine-thread.ts";
import { mjmlEngine } from "./engine.ts";
import { parseEmailTemplate } from "./template.ts";
import { SLOT_NAMES } from "./slots.ts";

/** Stand-in workers in plain JavaScript speaking engine-worker.ts's messages (the real one is exercised by test/package). */
const WORKERS = {
  echo: `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, mjml, options }) => {
  if (mjml.includes("THROW")) parentPort.postMessage({ id, error: "Malformed MJML. Check that your structure is correct" });
  else parentPort.postMessage({ id, html: "<html>" + mjml + ":" + options.filePath + "</html>", errors: mjml.includes("BAD") ? [{ line: 3, message: "Attribute colour is illegal", tagName: "mj-text" }] : [] });
});`,
  crash: `import { parentPort } from "node:worker_threads";
parentPort.on("message", () => { throw new Error("cannot find package 'mjml-core'"); });`,
  exits: `process.exit(3);`,
};

let dir: string;
const url = (name: keyof typeof WORKERS) => pathToFileURL(join(dir, `${name}.mjs`));
const unavailable = (why: string) => new Error(`unavailable: ${why}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "copygate-engine-thread-"));
  await Promise.all(Object.entries(WORKERS).map(([name, code]) => writeFile(join(dir, `${name}.mjs`), code)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the MJML engine behind a worker thread", () => {
  it("is not used in a checkout: only the package build names a worker file", () => {
    expect(builtWorkerUrl()).toBeUndefined();
  });

  it("answers each rendering with its own result, in whatever order they were sent", async () => {
    const render = workerRenderer(url("echo"), unavailable);
    const [first, second] = await Promise.all([render("<mjml>one</mjml>", { filePath: "a.mjml" }), render("<mjml>BAD</mjml>", { filePath: "b.mjml" })]);
    expect(first).toEqual({ html: "<html><mjml>one</mjml>:a.mjml</html>", errors: [] });
    expect(second).toEqual({ html: "<html><mjml>BAD</mjml>:b.mjml</html>", errors: [{ line: 3, message: "Attribute colour is illegal", tagName: "mj-text" }] });
  });

  it("rejects a rendering the engine refused with the engine's message, and goes on rendering", async () => {
    const render = workerRenderer(url("echo"), unavailable);
    await expect(render("THROW", {})).rejects.toThrow(/^Malformed MJML\. Check that your structure is correct$/);
    await expect(render("<mjml/>", { filePath: "c.mjml" })).resolves.toEqual({ html: "<html><mjml/>:c.mjml</html>", errors: [] });
  });

  it("says the renderer is unavailable when its thread fails, for the waiting rendering and every later one", async () => {
    const render = workerRenderer(url("crash"), unavailable);
    await expect(render("<mjml/>", {})).rejects.toThrow("unavailable: cannot find package 'mjml-core'");
    await expect(render("<mjml/>", {})).rejects.toThrow("unavailable: cannot find package 'mjml-core'");
  });

  it("says so when the thread stops, or its file is missing", async () => {
    await expect(workerRenderer(url("exits"), unavailable)("<mjml/>", {})).rejects.toThrow("unavailable: the renderer's thread stopped (exit code 3)");
    const missing = workerRenderer(pathToFileURL(join(dir, "missing.mjs")), unavailable);
    await expect(missing("<mjml/>", {})).rejects.toThrow(/^unavailable: Cannot find module .*missing\.mjs/);
  });
});

describe("the real engine-worker.ts, bundled as the package bundles it", () => {
  it("renders the example template to the same HTML and errors as the engine in this thread", async () => {
    const outfile = join(dir, "engine-worker.mjs");
    await build({
      entryPoints: [join(REPO_ROOT, "core/render/engine-worker.ts")], outfile, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "silent",
      banner: { js: 'import { createRequire as __copygateCreateRequire } from "node:module";\nconst require = __copygateCreateRequire(import.meta.url);' },
    });
    const file = "campaigns/trial-expiration-3d/email.mjml";
    const template = parseEmailTemplate(file, await readFile(join(REPO_ROOT, file), "utf8"));
    const source = template.fill(Object.fromEntries(SLOT_NAMES.map((name) => [name, `the ${name}`])) as never);
    const options = { validationLevel: "soft", keepComments: false, beautify: false, minify: false, filePath: file, ignoreIncludes: true };
    const render = workerRenderer(pathToFileURL(outfile), unavailable);
    const broken = source.replace("<mj-text", '<mj-text colour="red"');
    const [inWorker, brokenInWorker] = await Promise.all([render(source, options), render(broken, options)]);
    const here = await mjmlEngine()(source, options);
    expect(inWorker.html).toBe(here.html);
    expect(inWorker.html).toContain("the body");
    expect(inWorker.errors).toEqual([]);
    const brokenHere = await mjmlEngine()(broken, options);
    expect(brokenInWorker.errors).toEqual(brokenHere.errors.map(({ line, message, tagName }) => ({ line, message, tagName })));
    expect(brokenInWorker.errors).toEqual([expect.objectContaining({ tagName: "mj-text", message: "Attribute colour is illegal" })]);
  }, 60_000);
});

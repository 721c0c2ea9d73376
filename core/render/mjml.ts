import { InputError } from "../errors.ts";
import type { MjmlRender } from "./engine.ts";
import { builtWorkerUrl, workerRenderer } from "./engine-thread.ts";

/** The renderer is missing where it is deliberately not bundled (the Action's dist): a fact to report, not a template fault. */
export class MjmlEngineUnavailable extends Error {}

const unavailable = (why: string) => new MjmlEngineUnavailable(`the MJML renderer is not available here (${why})`);

let engine: Promise<MjmlRender> | undefined;

/** The renderer, loaded once: in a worker thread where the package built one (engine-thread.ts), else here. */
function loadEngine(): Promise<MjmlRender> {
  engine ??= (async () => {
    const url = builtWorkerUrl();
    if (url) return workerRenderer(url, unavailable);
    try {
      const { mjmlEngine } = await import("./engine.ts");
      return mjmlEngine();
    } catch (error) {
      throw unavailable((error as Error).message.split("\n")[0] ?? "");
    }
  })();
  return engine;
}

/**
 * Starts loading the renderer (a large module) without waiting for it, for a caller about to read
 * files: it loads while they are read. A failure is reported by the call that renders.
 */
export function preloadMjmlEngine(): void {
  loadEngine().catch(() => undefined);
}

/** These components put random ids into the HTML, so the same draft would hash differently on every run. */
const RANDOM_ID_TAGS = ["mj-carousel", "mj-navbar"];

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

/**
 * MJML → HTML, strictly: any validation error stops with the template's line. Slot values are
 * single-line, so a line in the filled template is the same line in the template file.
 */
export async function mjmlToHtml(source: string, file: string): Promise<string> {
  // A renderer that failed is not kept: a long-running process (the bot) tries a new one for the next email.
  const forget = (error: unknown): never => {
    engine = undefined;
    throw error;
  };
  const mjml2html = await loadEngine().catch(forget);
  for (const tag of RANDOM_ID_TAGS) {
    const at = source.indexOf(`<${tag}`);
    if (at >= 0) {
      throw new InputError(`<${tag}> renders random ids, so the same draft would not render to the same bytes`, {
        file, line: lineOf(source, at), hint: "use <mj-section>/<mj-button> instead; the rendered email is hashed and approved byte for byte",
      });
    }
  }
  if (!/<mjml[\s>]/.test(source)) {
    throw new InputError("the email template has no <mjml> root element", { file, line: 1, hint: "start the template with <mjml><mj-body>…" });
  }
  let result;
  try {
    result = await mjml2html(source, { validationLevel: "soft", keepComments: false, beautify: false, minify: false, filePath: file, ignoreIncludes: true });
  } catch (error) {
    if (error instanceof MjmlEngineUnavailable) forget(error);
    throw new InputError(`the MJML template does not render: ${(error as Error).message}`, { file });
  }
  if (result.errors.length > 0) {
    const [first] = result.errors;
    const lines = result.errors.map((e) => `line ${e.line}: <${e.tagName}> ${e.message}`);
    throw new InputError(result.errors.length === 1 ? `<${first!.tagName}> ${first!.message}` : `the MJML template has ${result.errors.length} errors:\n${lines.join("\n")}`, {
      file, line: first!.line, hint: "fix the template (https://documentation.mjml.io) and run `copygate generate` again",
    });
  }
  return result.html;
}

/**
 * `copygate report <workflow>`: per prompt version, its eval scores and business results side by
 * side with the production history from releases.yaml — text, markdown (with a Mermaid chart for
 * GitHub) or a self-contained HTML page with SVG charts for a workflow artifact.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseFlags } from "../lib/flags.ts";
import { historyHtml, historyMarkdown, historyText, loadWorkflowHistory } from "../../core/rollout/index.ts";
import type { CommandIo } from "../main.ts";

const USAGE = "usage: copygate report <workflow> [--eval results.json]… [--format text|markdown|html] [--out file]\n";
const FORMATS = { text: historyText, markdown: historyMarkdown, html: historyHtml };

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags("report", args, { eval: { type: "string", multiple: true }, format: { type: "string", default: "text" }, out: { type: "string" }, help: { type: "boolean", short: "h" } });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = String(values.format);
  if (positionals.length !== 1 || !Object.hasOwn(FORMATS, format)) {
    io.stderr(`copygate report: ${positionals.length !== 1 ? "expected one workflow" : `--format must be text, markdown or html (found "${format}")`}\n${USAGE}`);
    return 2;
  }
  const history = await loadWorkflowHistory(io.cwd, positionals[0]!, values.eval ?? []);
  const output = FORMATS[format as keyof typeof FORMATS](history);
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), output);
    io.stdout(`wrote ${values.out}: ${history.versions.length} prompt versions of ${history.workflow}\n`);
  } else io.stdout(output);
  return 0;
}

import { parseArgs } from "node:util";
import { formatGithubAnnotation, formatProblem, summaryLine, validateRepository } from "../../core/validate/index.ts";
import type { CommandIo } from "../main.ts";

const USAGE = "usage: copygate validate [paths…] [--format text|github]\n";

/** `copygate validate [paths…]`: one line per problem, then a summary. Exit 0 clean, 1 problems, 2 usage. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    io.stderr(`copygate validate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = parsed.values.format;
  if (format !== "text" && format !== "github") {
    io.stderr(`copygate validate: --format must be text or github, not "${format}"\n${USAGE}`);
    return 2;
  }
  const { problems, filesChecked } = await validateRepository(io.cwd, parsed.positionals, { env: io.env });
  const line = format === "github" ? formatGithubAnnotation : formatProblem;
  io.stdout(problems.map((p) => `${line(p)}\n`).join("") + `${summaryLine(problems, filesChecked)}\n`);
  return problems.length > 0 ? 1 : 0;
}

import { formatGithubAnnotation, formatProblem, summaryLine, validateRepository } from "../../core/validate/index.ts";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";

export const spec: CommandSpec = {
  name: "validate",
  summary: "check every repository file (prompts, releases, campaigns, sources, policies, datasets, drafts) against its schema and cross-references",
  arguments: [{ name: "[paths...]", description: "files or folders to check (default: the whole repository)" }],
  options: [{ flags: "--format <format>", description: "text: path:line:col: message; github: ::error workflow commands", default: "text", choices: ["text", "github"] }],
  examples: ["npx copygate validate", "npx copygate validate campaigns/trial-expiration-3d", "npx copygate validate --format github"],
  notes: "Exit: 0 clean, 1 problems found, 2 usage error.",
};

/** `copygate validate [paths…]`: one line per problem, then a summary. Exit 0 clean, 1 problems, 2 usage. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(spec, args, io);
  if (typeof parsed === "number") return parsed;
  const format = parsed.opts.format as "text" | "github";
  const { problems, filesChecked } = await validateRepository(io.cwd, parsed.positionals, { env: io.env });
  const line = format === "github" ? formatGithubAnnotation : formatProblem;
  io.stdout(problems.map((p) => `${line(p)}\n`).join("") + `${summaryLine(problems, filesChecked)}\n`);
  return problems.length > 0 ? 1 : 0;
}

/**
 * One command's arguments, options, help and examples, parsed with commander: every command gets
 * `--help` with a line for each option and an example, and an unknown option suggests the near one.
 */
import { Command, CommanderError, Option } from "commander";
import type { CommandIo } from "../main.ts";

export interface OptionSpec {
  /** Commander flags, e.g. "--now <ISO>", "--no-cache", "-h, --help". */
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: string[];
}

export interface CommandSpec {
  /** "generate", or "eval merge" for a sub-verb. */
  name: string;
  summary: string;
  /** Positional arguments as commander writes them, e.g. ["<campaign-dir>"] or ["[paths...]"]. */
  arguments?: Array<{ name: string; description: string }>;
  options: OptionSpec[];
  /** Each a command line a user can run as typed, e.g. "copygate generate campaigns/trial-expiration-3d". */
  examples: string[];
  /** A paragraph after the options (exit codes, environment). */
  notes?: string;
}

export type Parsed = { opts: Record<string, unknown>; positionals: string[] };

/** Build the commander command for a spec, writing through the command's io instead of the process. */
export function commandFor(spec: CommandSpec, io: CommandIo): Command {
  const command = new Command(`copygate ${spec.name}`)
    .description(spec.summary)
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    // A fixed width, so help reads the same in a terminal, a CI log and a test.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text), getOutHelpWidth: () => 100, getErrHelpWidth: () => 100 });
  for (const argument of spec.arguments ?? []) command.argument(argument.name, argument.description);
  for (const option of spec.options) {
    const built = new Option(option.flags, option.description);
    if (option.default !== undefined) built.default(option.default);
    if (option.choices) built.choices(option.choices);
    command.addOption(built);
  }
  const after = afterHelp(spec);
  if (after) command.addHelpText("after", after);
  return command;
}

/** The examples and notes printed after the options. */
function afterHelp(spec: CommandSpec): string {
  return [
    spec.examples.length > 0 ? `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join("\n")}` : "",
    spec.notes ? `\n\n${spec.notes}` : "",
  ].join("");
}

/**
 * Parse a command's arguments. Returns the values, or the exit code when commander already
 * answered: 0 after `--help`, 2 after a usage error (printed with a pointer to `--help`).
 */
export function parseCommand(spec: CommandSpec, args: string[], io: CommandIo): Parsed | number {
  const command = commandFor(spec, io);
  try {
    command.parse(args, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.help") return 0;
      io.stderr(`see: copygate ${spec.name} --help\n`);
      return 2;
    }
    throw error;
  }
  return { opts: command.opts(), positionals: command.args };
}

/** Help text of a spec, for tests and for a usage line printed after a semantic error. */
export function helpText(spec: CommandSpec, io: CommandIo): string {
  const after = afterHelp(spec);
  return `${commandFor(spec, io).helpInformation()}${after ? `${after}\n` : ""}`;
}

/**
 * Flags of the commands that parse with node:util (eval, simulate, bot, publish, preview, rollout,
 * report), refused the way commander refuses them for the others: the unknown option, the near one,
 * and where the help is. main.ts prints a UsageError's text and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "./suggest.ts";

export class UsageError extends Error {
  constructor(readonly text: string) {
    super(text.split("\n")[0]);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;
type Config<O extends Options> = { args: string[]; options: O; allowPositionals: true; strict: true };
export type ParsedFlags<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>;

export function parseFlags<O extends Options>(command: string, args: string[], options: O): ParsedFlags<O> {
  const config: Config<O> = { args, options, allowPositionals: true, strict: true };
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(command, error as Error & { code?: string }, options);
  }
}

function usageError(command: string, error: Error & { code?: string }, options: Options): UsageError {
  const see = `see: copygate ${command} --help\n`;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'(-[^']*)'/.exec(error.message)?.[1] ?? "";
    const near = flag.startsWith("--") ? nearest(flag.slice(2), Object.keys(options)) : undefined;
    return new UsageError(`error: unknown option '${flag}'\n${near ? `(Did you mean --${near}?)\n` : ""}${see}`);
  }
  // "Option '--port <value>' argument missing", "Unexpected argument …": Node's own words, first sentence.
  return new UsageError(`error: ${error.message.split(". ")[0]}\n${see}`);
}

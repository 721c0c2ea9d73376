import { formatTrace, formatTraceList, listTraces, readTrace, TRACES_DIR } from "../../core/trace/index.ts";
import type { CommandIo } from "../main.ts";
import { parseCommand, type CommandSpec } from "../lib/command.ts";

export const spec: CommandSpec = {
  name: "trace",
  summary: "read the run records under .copygate/traces: show one run, or list the latest",
  arguments: [
    { name: "<verb>", description: "show <trace-id> | list" },
    { name: "[ids...]", description: "show: the trace id a run printed (trace_…)" },
  ],
  options: [
    { flags: "--limit <n>", description: "list: how many runs, newest first (default 20)" },
    { flags: "--json", description: "print the record(s) as JSON" },
  ],
  examples: ["npx copygate trace list", "npx copygate trace show trace_8c1e2f6b0a9d4e71 --json"],
};

const SEE_HELP = "see: copygate trace --help\n";

type Parsed = { subcommand?: string; ids: string[]; json: boolean; limit?: string };

/** `copygate trace show <id>` and `copygate trace list`: read what runs wrote to .copygate/traces. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const result = parseCommand(spec, args, io);
  if (typeof result === "number") return result;
  const [subcommand, ...ids] = result.positionals;
  const values = result.opts as { limit?: string; json?: boolean };
  const parsed: Parsed = { subcommand, ids, json: values.json ?? false, limit: values.limit };
  if (parsed.subcommand === "show") return show(parsed, io);
  if (parsed.subcommand === "list") return list(parsed, io);
  io.stderr(`copygate trace: unknown subcommand "${parsed.subcommand}": expected show or list\n${SEE_HELP}`);
  return 2;
}

async function show(parsed: Parsed, io: CommandIo): Promise<number> {
  const [traceId, ...extra] = parsed.ids;
  if (!traceId || extra.length || parsed.limit !== undefined) {
    io.stderr(`copygate trace show: expected one trace id and no --limit\n${SEE_HELP}`);
    return 2;
  }
  const record = await readTrace(io.cwd, traceId);
  if (!record) {
    io.stderr(`no trace ${traceId} in ${TRACES_DIR} — run npx copygate generate <campaign-dir> first\n`);
    return 1;
  }
  io.stdout(parsed.json ? `${JSON.stringify(record, null, 2)}\n` : formatTrace(record));
  return 0;
}

async function list(parsed: Parsed, io: CommandIo): Promise<number> {
  const limit = parsed.limit === undefined ? 20 : Number(parsed.limit);
  if (parsed.ids.length) {
    io.stderr(`copygate trace list: takes no arguments (got "${parsed.ids.join(" ")}"); to see one run use copygate trace show <trace-id>\n${SEE_HELP}`);
    return 2;
  }
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr(`copygate trace list: --limit takes a whole number of runs, 1 or more (got "${parsed.limit}")\n${SEE_HELP}`);
    return 2;
  }
  const records = await listTraces(io.cwd, { limit });
  io.stdout(parsed.json ? `${JSON.stringify(records, null, 2)}\n` : formatTraceList(records));
  return 0;
}

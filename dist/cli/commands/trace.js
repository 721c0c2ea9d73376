import { parseArgs } from "node:util";
import { formatTrace, formatTraceList, listTraces, readTrace, TRACES_DIR } from "../../core/trace/index.js";
const USAGE = "usage: copygate trace show <trace-id> [--json]\n       copygate trace list [--limit N] [--json]\n";
function parse(args) {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: "boolean" }, limit: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
    const [subcommand, ...ids] = positionals;
    return { subcommand, ids, json: values.json ?? false, limit: values.limit, help: values.help ?? false };
}
/** `copygate trace show <id>` and `copygate trace list`: read what runs wrote to .copygate/traces. */
export async function run(args, io) {
    let parsed;
    try {
        parsed = parse(args);
    }
    catch (error) {
        // Node's parseArgs appends a long hint about "--" that does not help here: keep its first sentence.
        io.stderr(`copygate trace: ${error.message.split(". ")[0]}\n${USAGE}`);
        return 2;
    }
    if (parsed.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (parsed.subcommand === "show")
        return show(parsed, io);
    if (parsed.subcommand === "list")
        return list(parsed, io);
    io.stderr(`copygate trace: ${parsed.subcommand ? `unknown subcommand "${parsed.subcommand}"` : "expected show or list"}\n${USAGE}`);
    return 2;
}
async function show(parsed, io) {
    const [traceId, ...extra] = parsed.ids;
    if (!traceId || extra.length || parsed.limit !== undefined) {
        io.stderr(`copygate trace show: expected one trace id and no --limit\n${USAGE}`);
        return 2;
    }
    const record = await readTrace(io.cwd, traceId);
    if (!record) {
        io.stderr(`no trace ${traceId} in ${TRACES_DIR} — run copygate generate first\n`);
        return 1;
    }
    io.stdout(parsed.json ? `${JSON.stringify(record, null, 2)}\n` : formatTrace(record));
    return 0;
}
async function list(parsed, io) {
    const limit = parsed.limit === undefined ? 20 : Number(parsed.limit);
    if (parsed.ids.length) {
        io.stderr(`copygate trace list: takes no arguments (got "${parsed.ids.join(" ")}"); to see one run use copygate trace show <trace-id>\n${USAGE}`);
        return 2;
    }
    if (!Number.isInteger(limit) || limit < 1) {
        io.stderr(`copygate trace list: --limit takes a whole number of runs, 1 or more (got "${parsed.limit}")\n${USAGE}`);
        return 2;
    }
    const records = await listTraces(io.cwd, { limit });
    io.stdout(parsed.json ? `${JSON.stringify(records, null, 2)}\n` : formatTraceList(records));
    return 0;
}

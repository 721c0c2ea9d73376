/**
 * The copygate command: parses the first word and hands the rest to one command module.
 * Exit codes: 0 ok, 1 problems found / decision negative, 2 usage or runtime error.
 */
import { isInputError } from "../core/errors.js";
/** One line per command: its summary and the module that runs it (loaded on demand, so startup stays fast). */
const COMMANDS = {
    demo: { summary: "run the whole pipeline on the example campaign against the bundled simulator", load: () => import("./commands/demo.js") },
    validate: { summary: "check every repository file against its schema and cross-references", load: () => import("./commands/validate.js") },
    prompts: { summary: "list, show, diff and render prompt versions", load: () => import("./commands/prompts.js") },
    freshness: { summary: "check a campaign's data contract before any model call", load: () => import("./commands/freshness.js") },
    generate: { summary: "generate a campaign's drafts, run the evals and write drafts.json", load: () => import("./commands/generate.js") },
    check: { summary: "run the evals on a given draft", load: () => import("./commands/check.js") },
    eval: { summary: "run a workflow's eval suite, candidate against baseline", load: () => import("./commands/eval.js") },
    trace: { summary: "show a run's trace record", load: () => import("./commands/trace.js") },
    simulate: { summary: "serve the bundled OpenAI-compatible simulator", load: () => import("./commands/simulate.js") },
};
export function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return `usage: copygate <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}
export async function main(argv, io = processIo()) {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
        io.stdout(usage());
        return name ? 0 : 2;
    }
    if (name === "--version") {
        io.stdout("copygate 0.1.0\n");
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`copygate: unknown command "${name}"\n\n${usage()}`);
        return 2;
    }
    try {
        const { run } = await command.load();
        return await run(rest, io);
    }
    catch (error) {
        if (isInputError(error)) {
            io.stderr(`${error.format()}\n`);
            return 2;
        }
        // An unexpected failure: one line, no stack trace, unless the user asks for it.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`copygate ${name}: ${message}\n`);
        if (io.env.COPYGATE_DEBUG)
            io.stderr(`${error?.stack ?? ""}\n`);
        return 2;
    }
}
function processIo() {
    return {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        env: process.env,
    };
}

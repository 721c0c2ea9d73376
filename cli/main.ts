/**
 * The copygate command: parses the first word and hands the rest to one command module.
 * Exit codes: 0 ok, 1 problems found / decision negative, 2 usage or runtime error.
 */
import { isInputError } from "../core/errors.ts";

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
export type CommandRun = (args: string[], io: CommandIo) => Promise<number>;

/** One line per command: its summary and the module that runs it (loaded on demand, so startup stays fast). */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  demo: { summary: "run the whole pipeline on the example campaign against the bundled simulator", load: () => import("./commands/demo.ts") },
  validate: { summary: "check every repository file against its schema and cross-references", load: () => import("./commands/validate.ts") },
  prompts: { summary: "list, show, diff and render prompt versions", load: () => import("./commands/prompts.ts") },
  freshness: { summary: "check a campaign's data contract before any model call", load: () => import("./commands/freshness.ts") },
  generate: { summary: "generate a campaign's drafts, run the evals and write drafts.json", load: () => import("./commands/generate.ts") },
  check: { summary: "run the evals on a given draft", load: () => import("./commands/check.ts") },
  eval: { summary: "run a workflow's eval suite, candidate against baseline", load: () => import("./commands/eval.ts") },
  trace: { summary: "show a run's trace record", load: () => import("./commands/trace.ts") },
  simulate: { summary: "serve the bundled OpenAI-compatible simulator", load: () => import("./commands/simulate.ts") },
  report: { summary: "per prompt version: eval scores, business results and production history (text, markdown, HTML)", load: () => import("./commands/report.ts") },
  rollout: { summary: "staged rollout: compare two rates, analyze a test's results, assign arms, shadow reports", load: () => import("./commands/rollout.ts") },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: copygate <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
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
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`${error.format()}\n`);
      return 2;
    }
    // An unexpected failure: one line, no stack trace, unless the user asks for it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`copygate ${name}: ${message}\n`);
    if (io.env.COPYGATE_DEBUG) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return 2;
  }
}

function processIo(): CommandIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}

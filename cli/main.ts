/**
 * The copygate command: parses the first word and hands the rest to one command module.
 * Exit codes: EXIT_CODES below (0 ok, 1 findings, 2 usage or input, 3 model endpoint).
 */
import { isInputError } from "../core/errors.ts";
import { UsageError } from "./lib/flags.ts";
import { nearest } from "./lib/suggest.ts";
import { VERSION } from "./lib/version.ts";
import { redactSecretValues, secretValuesFromEnv } from "../core/trace/redact.ts";

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
export type CommandRun = (args: string[], io: CommandIo) => Promise<number>;

/** One line per command: its summary and the module that runs it (loaded on demand, so startup stays fast). */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  init: { summary: "start a copygate repository (prompts, a campaign, policies, a sample source, the workflow, reviewers)", load: () => import("./commands/init.ts") },
  demo: { summary: "run the whole pipeline on the example campaign against the bundled simulator", load: () => import("./commands/demo.ts") },
  validate: { summary: "check every repository file against its schema and cross-references", load: () => import("./commands/validate.ts") },
  prompts: { summary: "list, show, diff and render prompt versions", load: () => import("./commands/prompts.ts") },
  freshness: { summary: "check a campaign's data contract before any model call", load: () => import("./commands/freshness.ts") },
  generate: { summary: "generate a campaign's drafts, run the evals and write drafts.json", load: () => import("./commands/generate.ts") },
  check: { summary: "run the checks on a campaign's drafts.json (every variant) or on one draft", load: () => import("./commands/check.ts") },
  eval: { summary: "run a workflow's eval suite, candidate against baseline", load: () => import("./commands/eval.ts") },
  trace: { summary: "show a run's trace record", load: () => import("./commands/trace.ts") },
  simulate: { summary: "serve the bundled OpenAI-compatible simulator", load: () => import("./commands/simulate.ts") },
  preview: { summary: "write each variant's rendered email and desktop/mobile screenshots (headless Chromium)", load: () => import("./commands/preview.ts") },
  bot: { summary: "serve the GitHub App that publishes what was merged (webhooks)", load: () => import("./commands/bot.ts") },
  publish: { summary: "show what a merge would publish (--dry-run), or reconcile the default branch (--reconcile)", load: () => import("./commands/publish.ts") },
  report: { summary: "per prompt version: eval scores, business results and production history (text, markdown, HTML)", load: () => import("./commands/report.ts") },
  rollout: { summary: "staged rollout: compare two rates, analyze a test's results, assign arms, shadow reports", load: () => import("./commands/rollout.ts") },
};

/** What every command's exit code means; printed by `copygate --help` and the README. */
export const EXIT_CODES = `Exit codes:
  0  ok
  1  problems found, or a negative decision (stale data stop, failing draft, not promoted)
  2  usage or input error (a flag, a file, a field), named on stderr
  3  the model endpoint failed: a variant fell back because the endpoint did not answer, not because of its content`;

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: copygate <command> [options]

commands:
${lines.join("\n")}

Run \`npx copygate <command> --help\` for a command's options and examples.

${EXIT_CODES}
`;
}

export async function main(argv: string[], given: CommandIo = processIo()): Promise<number> {
  const io = redactingIo(given);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] && COMMANDS[rest[0]]) return main([rest[0], "--help"], io);
    io.stdout(usage());
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`copygate ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const near = nearest(name, Object.keys(COMMANDS));
    io.stderr(`copygate: unknown command "${name}"${near ? ` (did you mean "${near}"?)` : ""}\nRun \`copygate --help\` for the list of commands.\n`);
    return 2;
  }
  // Commands that parse their own flags get the same full help (each option, examples) from cli/help-specs.ts.
  if (rest.includes("--help") || rest.includes("-h")) {
    const { HELP_SPECS } = await import("./help-specs.ts");
    const known = HELP_SPECS[name];
    if (known) {
      const { helpText } = await import("./lib/command.ts");
      io.stdout(helpText(known, io));
      return 0;
    }
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`${error.format()}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(error.text);
      return 2;
    }
    // An unexpected failure: one line, no stack trace, unless the user asks for it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`copygate ${name}: ${message}\n`);
    if (io.env.COPYGATE_DEBUG) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return 2;
  }
}

/** Every configured secret (keys, tokens, connection strings, and their tails) is taken out of anything printed. */
function redactingIo(io: CommandIo): CommandIo {
  const secrets = secretValuesFromEnv(io.env);
  if (secrets.length === 0) return io;
  return { ...io, stdout: (t) => io.stdout(redactSecretValues(t, secrets)), stderr: (t) => io.stderr(redactSecretValues(t, secrets)) };
}

function processIo(): CommandIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}

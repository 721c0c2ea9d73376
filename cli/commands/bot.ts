/**
 * `copygate bot`: the GitHub App's webhook server. Configured as Probot is: APP_ID, PRIVATE_KEY or
 * PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT (3000), HOST (0.0.0.0), GHE_HOST / GHE_PROTOCOL for GitHub
 * Enterprise Server, or GITHUB_API_URL for any other API base URL.
 */
import { readFile } from "node:fs/promises";
import { InputError } from "../../core/errors.ts";
import { startBotServer } from "../../bot/server.ts";
import type { CommandIo } from "../main.ts";
import { parseFlags, UsageError } from "../lib/flags.ts";

const USAGE = "usage: copygate bot             (configured by APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, GHE_HOST, GITHUB_API_URL)\n       copygate bot --actions   (in a GitHub Actions job: handles the job's event with GITHUB_TOKEN, then exits)\n";

export async function run(args: string[], io: CommandIo): Promise<number> {
  // An unknown flag is refused: `--action` must not start the webhook server instead of the Actions job.
  const { values, positionals } = parseFlags("bot", args, { actions: { type: "boolean" }, help: { type: "boolean", short: "h" } });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`error: copygate bot takes no arguments (got "${positionals[0]}")\nsee: copygate bot --help\n`);
  const env = io.env;
  if (values.actions) return runInActions(io);
  const missing = ["APP_ID", "WEBHOOK_SECRET"].filter((name) => !env[name]);
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH");
  if (missing.length > 0) throw new InputError(`copygate bot needs ${missing.join(", ")}`, { hint: "create the App from bot/app.yml and set the variables its settings page shows (see README: The bot)" });
  const privateKey = env.PRIVATE_KEY ?? (await readFile(env.PRIVATE_KEY_PATH as string, "utf8").catch(() => {
    throw new InputError(`cannot read PRIVATE_KEY_PATH ${env.PRIVATE_KEY_PATH}`, { hint: "point it at the .pem file downloaded from the App's settings" });
  }));
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0) throw new InputError(`PORT ${env.PORT} is not a port number`);
  const baseUrl = env.GHE_HOST ? `${env.GHE_PROTOCOL ?? "https"}://${env.GHE_HOST}/api/v3` : env.GITHUB_API_URL;
  const server = await startBotServer({
    appId: env.APP_ID as string, privateKey: privateKey.replace(/\\n/g, "\n"), secret: env.WEBHOOK_SECRET as string, port, host: env.HOST ?? "0.0.0.0",
    ...(baseUrl ? { baseUrl } : {}), log: (line) => io.stderr(`${line}\n`), app: { dataDir: env.COPYGATE_DATA_DIR ?? io.cwd },
  });
  io.stdout(`copygate bot: listening on ${server.webhookUrl}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  await server.idle();
  await server.close();
  return 0;
}

/**
 * One event, in an Actions job, through @probot/adapter-github-actions: the handler waits for its
 * work (the job ends with it). The adapter reads GITHUB_TOKEN, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH
 * and GITHUB_RUN_ID, and GHE_HOST for GitHub Enterprise Server.
 */
async function runInActions(io: CommandIo): Promise<number> {
  const { createCopygateApp } = await import("../../bot/app.ts");
  const { run: runAdapter } = await import("@probot/adapter-github-actions");
  const app = createCopygateApp({ background: false, dataDir: io.env.COPYGATE_DATA_DIR ?? io.env.GITHUB_WORKSPACE ?? io.cwd, log: (line) => io.stderr(`${line}\n`) });
  await runAdapter(app.appFn as unknown as Parameters<typeof runAdapter>[0]);
  await app.idle();
  return 0;
}

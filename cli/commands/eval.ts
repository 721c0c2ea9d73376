/**
 * copygate eval <workflow> --candidate <version> … — the eval suite, candidate against baseline.
 * copygate eval merge <results…> — one report from the results of every shard.
 * Exit 0: promote; 1: not yet (a criterion is inconclusive) or do not promote; 2: an error; 3: runs were lost because of the model endpoint.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { parseArgs } from "node:util";
import { parseFlags } from "../lib/flags.ts";
import { InputError } from "../../core/errors.ts";
import {
  buildReport, executeSuite, formatResults, mergeResults, parseFormat, parseShard, progressBar, progressLine,
  readResultsFile, serializeResults, type ReportFormat, type SuiteProgress, type SuiteResults,
} from "../../core/suite/index.ts";
import type { CommandIo } from "../main.ts";
import { callPolicyFromEnv, EXIT_ENDPOINT_FAILED, openModelConnection, waitReporter, type ModelConnection } from "../lib/modelEndpoint.ts";
import { lostToEndpoint } from "../../core/suite/metrics.ts";

const USAGE = `usage: copygate eval <workflow> --candidate <version> [--baseline production|<version>] [--dataset <file>…]
         [--concurrency N] [--repeat K] [--shard i/n] [--out results.json] [--format text|markdown|json|junit]
         [--campaign <dir>] [--model <name>] [--no-judge] [--no-cache]
       copygate eval merge <results.json…> [--out merged.json] [--format text|markdown|json|junit]
`;

export async function run(args: string[], io: CommandIo): Promise<number> {
  if (args[0] === "merge") return merge(args.slice(1), io);
  const { values, positionals } = parse(args, {
    candidate: { type: "string" }, baseline: { type: "string", default: "production" }, dataset: { type: "string", multiple: true },
    concurrency: { type: "string", default: "8" }, repeat: { type: "string", default: "1" }, shard: { type: "string" },
    out: { type: "string" }, format: { type: "string", default: "text" }, campaign: { type: "string" }, model: { type: "string" },
    "no-judge": { type: "boolean", default: false }, "no-cache": { type: "boolean", default: false }, help: { type: "boolean", short: "h" },
  });
  if (values.help) return usage(io, 0);
  const [workflow] = positionals;
  if (!workflow || positionals.length > 1 || typeof values.candidate !== "string") return usage(io, 2, "name one workflow and --candidate <version>");
  const format = parseFormat(String(values.format));
  // Every flag is checked before the simulator starts: a typo costs nothing.
  const shard = typeof values.shard === "string" ? parseShard(values.shard) : null;
  const concurrency = positiveInt(values.concurrency, "--concurrency");
  const repeat = positiveInt(values.repeat, "--repeat");
  const policy = callPolicyFromEnv(io.env);
  const connection = await modelConnection(io);
  try {
    const results = await executeSuite({
      root: io.cwd, workflow, candidate: values.candidate, baseline: String(values.baseline),
      ...(Array.isArray(values.dataset) ? { datasets: values.dataset.map(String) } : {}),
      ...(typeof values.campaign === "string" ? { campaignDir: values.campaign } : {}),
      ...(typeof values.model === "string" || io.env.COPYGATE_MODEL ? { model: String(values.model ?? io.env.COPYGATE_MODEL) } : {}),
      connection: {
        baseURL: connection.baseURL, apiKey: connection.apiKey, secrets: connection.secrets,
        ...(connection.endpointIdentity ? { endpointIdentity: connection.endpointIdentity } : {}),
      },
      limits: policy.limits, ...(policy.timeoutMs !== undefined ? { timeoutMs: policy.timeoutMs } : {}),
      ...(connection.simulated ? { endpointLabel: "the bundled simulator" } : {}),
      onWait: waitReporter((line) => io.stderr(`eval: ${line}`)),
      cacheDir: values["no-cache"] ? null : resolve(io.cwd, ".copygate", "cache"),
      concurrency, repeat, shard,
      // The judge defaults to the generation model; --no-judge skips reviewer acceptance (never guessed).
      // The bundled simulator writes copy; it cannot judge it, so it never stands in for a judge model.
      ...(values["no-judge"] || connection.simulated ? { judgeModel: null } : io.env.COPYGATE_JUDGE_MODEL ? { judgeModel: io.env.COPYGATE_JUDGE_MODEL } : {}),
      onProgress: progressWriter(io),
    });
    const { stats } = results;
    io.stderr(`eval: ${stats.calls} model calls, ${stats.cache_hits} cache hits, ${stats.repairs ?? 0} repairs, ${stats.retries} retries, ${stats.rate_limited} rate-limited${stats.checks_reused ? `; ${stats.checks_reused} check results reused (same answer, context and copygate code)` : ""}\n`);
    if (stats.budget_spent) io.stderr(`eval: ${stats.budget_spent} (COPYGATE_MAX_CALLS, COPYGATE_DEADLINE_S)\n`);
    const code = await finish(results, format, typeof values.out === "string" ? values.out : undefined, io);
    return endpointVerdict(results, connection.host, io) ?? code;
  } finally {
    await connection.close();
  }
}

async function merge(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string" }, format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } });
  if (values.help) return usage(io, 0);
  if (positionals.length === 0) return usage(io, 2, "name the results files to merge");
  const format = parseFormat(String(values.format));
  const parts = await Promise.all(positionals.map(async (file) => ({ file, results: await readResultsFile(io.cwd, file) })));
  return finish(mergeResults(parts), format, typeof values.out === "string" ? values.out : undefined, io);
}

/** Writes the results file if asked, prints the report, and turns the decision into the exit code. */
async function finish(results: SuiteResults, format: ReportFormat, out: string | undefined, io: CommandIo): Promise<number> {
  if (out) await writeFile(resolve(io.cwd, out), serializeResults(results));
  io.stdout(formatResults(results, format));
  // A single shard decides nothing: it exits 0 so the matrix goes on to the merge job.
  if (results.shard) return 0;
  return buildReport(results).decision.promote ? 0 : 1;
}

/** Exit 3 with one line naming the host when any run was lost to the endpoint (or the budget), not to its content. */
function endpointVerdict(results: SuiteResults, host: string, io: CommandIo): number | undefined {
  const lost = results.cases.flatMap((c) => [...c.candidate, ...c.baseline]).filter(lostToEndpoint);
  const first = lost[0];
  if (!first || first.ok) return undefined;
  const named = first.error.includes(host) ? first.error : `${host}: ${first.error}`;
  io.stderr(`eval: ${lost.length} run${lost.length === 1 ? "" : "s"} lost because the model endpoint failed, not the content (${named}); exit ${EXIT_ENDPOINT_FAILED}\n`);
  return EXIT_ENDPOINT_FAILED;
}

/** The shared model connection; eval says in one stderr line when the simulator answers. */
async function modelConnection(io: CommandIo): Promise<ModelConnection> {
  const connection = await openModelConnection(io.env);
  if (connection.simulated) {
    io.stderr(`eval: no OPENAI_BASE_URL or OPENAI_API_KEY set, using the bundled simulator at ${connection.baseURL}; judges: skipped: no judge model\n`);
  }
  return connection;
}

/** A bar redrawn in place on a terminal; a line every tenth of the way in CI or when piped. */
function progressWriter(io: CommandIo): (progress: SuiteProgress) => void {
  const interactive = Boolean(process.stderr.isTTY) && !io.env.CI;
  return (progress) => {
    if (interactive) {
      io.stderr(`\r${progressBar(progress)}${progress.done === progress.total ? "\n" : ""}`);
      return;
    }
    const line = progressLine(progress);
    if (line) io.stderr(`${line}\n`);
  };
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

function parse(args: string[], options: Options): ReturnType<typeof parseArgs> {
  return parseFlags("eval", args, options);
}

function positiveInt(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${flag} must be a positive whole number, got "${String(value)}"`, { field: flag });
  return n;
}

function usage(io: CommandIo, code: number, problem?: string): number {
  (code === 0 ? io.stdout : io.stderr)(`${problem ? `copygate eval: ${problem}\n` : ""}${USAGE}`);
  return code;
}

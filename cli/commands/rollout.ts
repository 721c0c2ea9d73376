/**
 * `copygate rollout compare | analyze`: the rollout statistics from raw counts (for a marketer
 * checking a number by hand) or from a campaign's results. Exit 0 only on a pass: a failed or
 * inconclusive criterion is a negative decision (1); usage errors are 2.
 */
import type { ParseArgsConfig } from "node:util";
import { parseFlags } from "../lib/flags.ts";
import { analysisJson, analysisMarkdown, analysisText, decide, describeClaim, loadRolloutAnalysis, pEquals, outcomeJson, percent, points, DEFAULT_SEQUENTIAL_TUNING } from "../../core/rollout/index.ts";
import type { Count, TestOutcome, TestPlan } from "../../core/rollout/index.ts";
import type { CommandIo } from "../main.ts";
import { assign, shadow } from "./rollout-shadow.ts";

const USAGE = `usage: copygate rollout compare --control X/N --treatment X/N [--margin-pp M] [--goal higher|lower] [--alpha A] [--power P] [--sequential] [--json]
       copygate rollout analyze <campaign-dir> [--json | --format text|markdown|json]
       copygate rollout shadow <campaign-dir> [--out report.md] [--now ISO]
       copygate rollout assign <campaign-dir> [--out arms.jsonl] [--now ISO]
`;

export async function run(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "compare") return compare(rest, io);
  if (sub === "analyze") return analyze(rest, io);
  if (sub === "shadow") return withCampaign("shadow", rest, io, shadow);
  if (sub === "assign") return withCampaign("assign", rest, io, assign);
  if (sub === "--help" || sub === "-h") {
    io.stdout(USAGE);
    return 0;
  }
  io.stderr(`copygate rollout: ${sub ? `unknown subcommand "${sub}"` : "expected a subcommand"}\n${USAGE}`);
  return 2;
}

class UsageError extends Error {}

/** An unknown or malformed flag is refused as every command refuses one (cli/lib/flags.ts); UsageError is for values. */
function parse(subcommand: string, args: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  return parseFlags(`rollout ${subcommand}`, args, options);
}

async function compare(args: string[], io: CommandIo): Promise<number> {
  try {
    const { values } = parse("compare", args, {
      control: { type: "string" }, treatment: { type: "string" }, "margin-pp": { type: "string" }, goal: { type: "string" },
      alpha: { type: "string" }, power: { type: "string" }, sequential: { type: "boolean" }, json: { type: "boolean" },
    });
    const control = countArg("--control", values.control as string | undefined);
    const treatment = countArg("--treatment", values.treatment as string | undefined);
    const goal = (values.goal as string | undefined) ?? "higher";
    if (goal !== "higher" && goal !== "lower") throw new UsageError(`--goal must be higher or lower (found "${goal}")`);
    const plan: TestPlan = {
      direction: goal,
      marginPp: numberArg("--margin-pp", values["margin-pp"] as string | undefined, 0, (x) => x >= 0, "at least 0"),
      alpha: numberArg("--alpha", values.alpha as string | undefined, 0.05, (x) => x > 0 && x < 0.5, "between 0 and 0.5"),
      power: numberArg("--power", values.power as string | undefined, 0.8, (x) => x >= 0.5 && x < 1, "between 0.5 and 1"),
      ...(values.sequential ? { sequential: { tuning: DEFAULT_SEQUENTIAL_TUNING } } : {}),
    };
    const outcome = decide(control, treatment, plan);
    io.stdout(values.json ? `${JSON.stringify(outcomeJson(outcome), null, 2)}\n` : compareText(control, treatment, outcome));
    return outcome.verdict === "pass" ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copygate rollout compare: ${error.message}\n${USAGE}`);
    return 2;
  }
}

function countArg(flag: string, value: string | undefined): Count {
  if (value === undefined) throw new UsageError(`${flag} is required, as successes/total (e.g. 38/9412)`);
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value.replace(/[,_]/g, ""));
  if (!match) throw new UsageError(`${flag} "${value}" must be successes/total, e.g. 38/9412`);
  const successes = Number(match[1]);
  const total = Number(match[2]);
  if (total === 0) throw new UsageError(`${flag} "${value}": the total must be at least 1`);
  if (successes > total) throw new UsageError(`${flag} "${value}": successes exceed the total`);
  return { successes, total };
}

function numberArg(flag: string, value: string | undefined, fallback: number, valid: (x: number) => boolean, range: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || !valid(number)) throw new UsageError(`${flag} must be a number ${range} (found "${value}")`);
  return number;
}

export function compareText(control: Count, treatment: Count, o: TestOutcome): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const test = o.plan.marginPp === 0 ? "superiority" : "non-inferiority";
  const lift = o.relativeLift === null ? "—" : `${o.relativeLift >= 0 ? "+" : ""}${(o.relativeLift * 100).toFixed(1)} %`;
  const lines = [
    `Control:    ${n(control.successes)} / ${n(control.total)} = ${percent(o.rateControl)} (95 % Wilson ${percent(o.wilsonControl.low)} to ${percent(o.wilsonControl.high)})`,
    `Treatment:  ${n(treatment.successes)} / ${n(treatment.total)} = ${percent(o.rateTreatment)} (95 % Wilson ${percent(o.wilsonTreatment.low)} to ${percent(o.wilsonTreatment.high)})`,
    `Difference: ${points(o.diff)} (95 % Newcombe ${points(o.newcombe.low)} to ${points(o.newcombe.high)}), relative lift ${lift}`,
    o.z === null ? "z: — (neither arm varies)" : `z = ${o.z.toFixed(3)}, two-sided ${pEquals(o.pTwoSided!)}`,
    `Test:       ${test}, ${o.plan.direction} is better — treatment ${describeClaim(o.plan).replace("production", "control")}, α = ${o.plan.alpha} one-sided${o.pOneSided === null ? "" : `: ${pEquals(o.pOneSided)}`}`,
  ];
  if (o.sequentialInterval) lines.push(`Always-valid interval: ${points(o.sequentialInterval.low)} to ${points(o.sequentialInterval.high)} (confidence sequence, tuning ${o.plan.sequential!.tuning})`);
  const horizon = o.sequentialInterval ? " (fixed-horizon estimate; a confidence sequence needs more)" : "";
  lines.push(`Sample size: ${o.neededPerArm === null ? "— (no size would show it at the observed rates)" : `${n(o.neededPerArm)} per arm for ${Math.round(o.plan.power * 100)} % power at the observed rates${horizon}`}`);
  const reason = o.reason.replace("production", "control");
  lines.push(`Verdict:    ${reason.startsWith(o.verdict) ? reason : `${o.verdict} (${reason})`}`);
  return `${lines.join("\n")}\n`;
}

async function analyze(args: string[], io: CommandIo): Promise<number> {
  let format: string;
  let dir: string;
  try {
    const { values, positionals } = parse("analyze", args, { json: { type: "boolean" }, format: { type: "string" } });
    format = values.json ? "json" : ((values.format as string | undefined) ?? "text");
    if (!["text", "markdown", "json"].includes(format)) throw new UsageError(`--format must be text, markdown or json (found "${format}")`);
    if (positionals.length !== 1) throw new UsageError("expected one campaign directory");
    dir = positionals[0]!;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copygate rollout analyze: ${error.message}\n${USAGE}`);
    return 2;
  }
  const analysis = await loadRolloutAnalysis(io.cwd, dir, { env: io.env });
  const output = format === "json" ? `${JSON.stringify(analysisJson(analysis), null, 2)}\n` : format === "markdown" ? `${analysisMarkdown(analysis)}\n` : analysisText(analysis);
  io.stdout(output);
  return analysis.verdict === "pass" ? 0 : 1;
}

type CampaignStep = (dir: string, options: { out?: string; now?: Date }, io: CommandIo) => Promise<number>;

async function withCampaign(name: string, args: string[], io: CommandIo, step: CampaignStep): Promise<number> {
  let options: { out?: string; now?: Date };
  let dir: string;
  try {
    const { values, positionals } = parse(name, args, { out: { type: "string" }, now: { type: "string" } });
    if (positionals.length !== 1) throw new UsageError("expected one campaign directory");
    const now = values.now === undefined ? undefined : new Date(values.now as string);
    if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now "${String(values.now)}" is not an ISO 8601 time (e.g. 2026-11-20T08:30:00Z)`);
    options = { out: values.out as string | undefined, now };
    dir = positionals[0]!;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copygate rollout ${name}: ${error.message}\n${USAGE}`);
    return 2;
  }
  return step(dir, options, io);
}

/**
 * Runs the BUILT Action (action/dist/index.js) the way the GitHub runner does: a child node
 * process with the event payload in GITHUB_EVENT_PATH, INPUT_* variables (dashes kept, names
 * uppercased), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "./content.ts";

export const ACTION_BUNDLE = join(REPOSITORY_ROOT, "action/dist/index.js");

export interface ActionInvocation {
  apiUrl: string;
  repository: string;
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  headSha: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The workflow commands the step printed (::error …, ::warning …). */
  commands: string[];
}

/** action.yml's defaults, as the runner would pass them when a workflow gives no `with:`. */
const DEFAULT_INPUTS: Record<string, string> = {
  "github-token": "ghs_twin_token",
  "openai-api-key": "",
  "openai-base-url": "",
  model: "",
  concurrency: "8",
  comment: "true",
  "fail-on": "fail",
  "fail-on-existing": "false",
  root: ".",
};

export async function runBuiltAction(invocation: ActionInvocation): Promise<ActionResult> {
  const dir = await mkdtemp(join(tmpdir(), "copygate-action-"));
  try {
    const paths = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary.md") };
    await writeFile(paths.event, JSON.stringify(invocation.payload));
    await writeFile(paths.output, "");
    await writeFile(paths.summary, "");
    const inputs = { ...DEFAULT_INPUTS, ...invocation.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_EVENT_NAME: invocation.eventName,
      GITHUB_REPOSITORY: invocation.repository,
      GITHUB_API_URL: invocation.apiUrl,
      GITHUB_SERVER_URL: invocation.apiUrl,
      GITHUB_WORKSPACE: invocation.workspace,
      GITHUB_SHA: invocation.headSha,
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      RUNNER_TEMP: dir,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value])),
      ...invocation.env,
    };
    const { exitCode, stdout, stderr } = await spawnNode(ACTION_BUNDLE, env, invocation.workspace);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(paths.output, "utf8")),
      summary: await readFile(paths.summary, "utf8"),
      commands: stdout.split("\n").filter((line) => line.startsWith("::")),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnNode(script: string, env: Record<string, string>, cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!head) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]!);
    outputs[head[1]!] = value.join("\n");
  }
  return outputs;
}

/**
 * Reads the Action's inputs and environment, masks the secrets, runs the gate, sets the outputs,
 * and turns any failure into one `setFailed` line (never a stack trace).
 */
import * as core from "@actions/core";
import * as github from "@actions/github";
import { isInputError } from "../../core/errors.ts";
import type { Finding } from "../../core/report/index.ts";
import { connect } from "./github/octokit.ts";
import { readGateEvent } from "./lib/event.ts";
import { parseInputs } from "./lib/inputs.ts";
import { main } from "./main.ts";
import { realStages } from "./stages.ts";

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    for (const secret of [inputs.githubToken, inputs.openaiApiKey]) if (secret) core.setSecret(secret);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const published = await main({
      inputs,
      workspace,
      repo: github.context.repo,
      event: readGateEvent(github.context.eventName, github.context.payload, env.GITHUB_SHA),
      octokit: connect(inputs.githubToken, env.GITHUB_API_URL || "https://api.github.com"),
      stages: realStages(),
      io: {
        info: (message) => core.info(message),
        annotate,
        writeJobSummary: async (markdown) => {
          if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write({ overwrite: false });
        },
        reportDir: env.RUNNER_TEMP || `${workspace}/.copygate`,
        ...(env.COPYGATE_BOT_LOGIN ? { appBotLogin: env.COPYGATE_BOT_LOGIN } : {}),
      },
      ...(env.COPYGATE_NOW ? { now: new Date(env.COPYGATE_NOW) } : {}),
    });
    core.setOutput("decision", published.report.decision);
    core.setOutput("risk-level", published.report.risk ?? "");
    core.setOutput("report-path", published.reportPath);
    if (published.conclusion === "failure") {
      const where = published.comment === null ? "The job summary says" : "The comment and the job summary say";
      core.setFailed(`copygate: ${published.report.decision}. ${where} what to fix.`);
    }
  } catch (error) {
    core.setFailed(isInputError(error) ? error.format() : `copygate: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function annotate(finding: Finding): void {
  const properties = { file: finding.path, startLine: Math.max(1, finding.line), title: finding.title };
  if (finding.level === "failure") core.error(finding.message, properties);
  else if (finding.level === "warning") core.warning(finding.message, properties);
  else core.notice(finding.message, properties);
}

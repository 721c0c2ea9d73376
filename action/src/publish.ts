/**
 * Step 7 of the gate: the report goes to the job summary (always, in full), the sticky comment,
 * the check run (or the job status when the token cannot create one), the risk label and the
 * review requests. Fork pull requests get the job summary instead of any write.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildComment, buildJobSummary, conclusionFor, planWorkflowCommands, REPORT_MARKER, toCheckRunAnnotation } from "../../core/report/index.ts";
import type { Finding, GateReport } from "../../core/report/index.ts";
import { publishCheckRun } from "./github/check-run.ts";
import { ownLogin } from "./github/identity.ts";
import { applyRiskLabel } from "./github/labels.ts";
import { REVIEWER_MAP_FILE, requestReviewers } from "./github/review-requests.ts";
import { upsertStickyComment } from "./github/sticky-comment.ts";
import type { GateRun } from "./main.ts";

export interface PublishIo {
  info(message: string): void;
  annotate(finding: Finding): void;
  writeJobSummary(markdown: string): Promise<void>;
  /** Where the report files go (RUNNER_TEMP in Actions). */
  reportDir: string;
  /** The App's bot login when the token is an App installation token. */
  appBotLogin?: string;
}

export interface Published {
  report: GateReport;
  conclusion: "success" | "neutral" | "failure";
  reportPath: string;
  checkRun: number | null;
  comment: number | null;
}

const CHECK_SUMMARY_LIMIT = 65_535;

export async function publishReport(run: GateRun, report: GateReport): Promise<Published> {
  const { io, octokit, repo, event, inputs } = run;
  const conclusion = conclusionFor(report.decision, inputs.failOn);
  const summary = buildJobSummary(report);
  await io.writeJobSummary(summary);
  const reportPath = await writeReportFiles(io.reportDir, report, summary);
  for (const finding of planWorkflowCommands(report.findings).shown) io.annotate(finding);

  const check = await publishCheckRun(octokit, repo, event.headSha, {
    conclusion,
    title: `copygate: ${report.decision}${report.risk ? ` · risk ${report.risk}` : ""}`,
    summary: buildComment(report, { limit: CHECK_SUMMARY_LIMIT + REPORT_MARKER.length + 1 }).replace(`${REPORT_MARKER}\n`, ""),
    annotations: report.findings.map(toCheckRunAnnotation),
  });
  if ("refused" in check) io.info("copygate: the token cannot create check runs (403); the job status carries the result.");

  let comment: number | null = null;
  const mayWrite = event.pullRequest !== null && !event.fromFork;
  if (event.pullRequest !== null && event.fromFork) io.info("copygate: pull request from a fork: the report is in the job summary instead of a comment.");
  if (mayWrite && event.pullRequest !== null) {
    if (inputs.comment) {
      const login = await ownLogin(octokit, io.appBotLogin);
      comment = (await upsertStickyComment(octokit, repo, event.pullRequest, login, buildComment(report))).id;
    }
    await applyRiskLabel(octokit, repo, event.pullRequest, report.risk);
    const groups = [...new Set(report.campaigns.flatMap((c) => c.requiredReviewers))];
    if (groups.length) {
      const reviewerMapText = await readFile(join(run.workspace, REVIEWER_MAP_FILE), "utf8").catch(() => null);
      await requestReviewers(octokit, repo, event.pullRequest, groups, { reviewerMapText, author: event.author });
    }
  }
  return { report, conclusion, reportPath, checkRun: "id" in check ? check.id : null, comment };
}

async function writeReportFiles(dir: string, report: GateReport, summary: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "copygate-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const path = join(dir, "copygate-report.md");
  await writeFile(path, summary);
  return path;
}

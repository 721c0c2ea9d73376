/**
 * The last stage of the gate: the report goes to the job summary (always, in full), the sticky
 * comment, the check run, the risk label and the review requests. Whether a write may be tried is
 * decided from the event first: a fork pull request's token is read-only, so it gets the job
 * summary and the step's log and no request GitHub would refuse.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildComment, buildJobSummary, conclusionFor, REPORT_MARKER, runnerLogPlan, toCheckRunAnnotation } from "../../core/report/index.ts";
import type { Finding, GateReport } from "../../core/report/index.ts";
import { COPYGATE_VERSION } from "../../core/version.ts";
import { publishCheckRun } from "./github/check-run.ts";
import { ownLogin } from "./github/identity.ts";
import { applyRiskLabel } from "./github/labels.ts";
import { requestReviewers } from "./github/review-requests.ts";
import { findStickyComment, upsertStickyComment } from "./github/sticky-comment.ts";
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
export const FORK_LOG_NOTE = "copygate: pull request from a fork: its token is read-only, so the report is in the job summary (no check run, comment, label or review request).";
export const NOTHING_TO_CHECK = "Nothing to check: this pull request changes no prompt, campaign, policy, source or dataset.";

/** A `pull_request` event from a fork carries a read-only token: no write is attempted. */
function readOnly(run: GateRun): boolean {
  return run.event.name === "pull_request" && run.event.fromFork;
}

export async function publishReport(run: GateRun, report: GateReport, reviewerMapText: string | null): Promise<Published> {
  const { io, octokit, repo, event, inputs } = run;
  const conclusion = conclusionFor(report.decision, inputs.failOn);
  const summary = buildJobSummary(report);
  await io.writeJobSummary(summary);
  const reportPath = await writeReportFiles(io.reportDir, report, summary);
  if (readOnly(run)) io.info(FORK_LOG_NOTE);
  const log = runnerLogPlan(report.findings, readOnly(run) ? "the job summary" : "the check run");
  for (const finding of log.shown) io.annotate(finding);
  if (log.moreLine) io.info(log.moreLine);

  let checkRun: number | null = null;
  if (!readOnly(run)) {
    const check = await publishCheckRun(octokit, repo, event.headSha, {
      conclusion,
      title: `copygate: ${report.decision}${report.risk ? ` · risk ${report.risk}` : ""}`,
      summary: buildComment(report, { limit: CHECK_SUMMARY_LIMIT + REPORT_MARKER.length + 1 }).replace(`${REPORT_MARKER}\n`, ""),
      annotations: report.findings.map(toCheckRunAnnotation),
    });
    if ("refused" in check) io.info("copygate: the token cannot create check runs (403); the job status carries the result.");
    else checkRun = check.id;
  }

  let comment: number | null = null;
  if (event.pullRequest !== null && !readOnly(run)) {
    if (inputs.comment) {
      const login = await ownLogin(octokit, io.appBotLogin);
      comment = (await upsertStickyComment(octokit, repo, event.pullRequest, login, buildComment(report))).id;
    }
    await applyRiskLabel(octokit, repo, event.pullRequest, report.risk);
    const groups = reviewerGroups(report);
    if (groups.length) await requestReviewers(octokit, repo, event.pullRequest, groups, { reviewerMapText, author: event.author });
  }
  return { report, conclusion, reportPath, checkRun, comment };
}

/** The groups every decisive campaign and every rule change require, in first-seen order. */
function reviewerGroups(report: GateReport): string[] {
  const campaigns = report.campaigns.filter((c) => !c.alreadyFailing).flatMap((c) => c.requiredReviewers);
  return [...new Set([...campaigns, ...(report.ruleChanges ?? []).flatMap((r) => r.reviewers)])];
}

/**
 * Nothing copygate reads changed: a success check run with one line and no comment. A comment
 * from an earlier push (when the pull request still touched copy) is not left standing as if it
 * applied: its body becomes "nothing to check". Stale risk labels are removed.
 */
export async function publishNothingToCheck(run: GateRun): Promise<Published> {
  const { io, octokit, repo, event, inputs } = run;
  const report: GateReport = {
    repository: `${repo.owner}/${repo.repo}`, pullRequest: event.pullRequest, headSha: event.headSha, decision: "pass", risk: null,
    campaigns: [], workflows: [], findings: [], notes: [NOTHING_TO_CHECK], provenance: [`copygate ${COPYGATE_VERSION}`],
  };
  const summary = `## copygate: nothing to check\n\n${NOTHING_TO_CHECK}\n`;
  await io.writeJobSummary(summary);
  const reportPath = await writeReportFiles(io.reportDir, report, summary);
  io.info(`copygate: ${NOTHING_TO_CHECK}`);
  if (readOnly(run)) return { report, conclusion: "success", reportPath, checkRun: null, comment: null };
  const check = await publishCheckRun(octokit, repo, event.headSha, { conclusion: "success", title: "copygate: nothing to check", summary: NOTHING_TO_CHECK, annotations: [] });
  let comment: number | null = null;
  if (event.pullRequest !== null) {
    if (inputs.comment) {
      const login = await ownLogin(octokit, io.appBotLogin);
      comment = await findStickyComment(octokit, repo, event.pullRequest, login);
      if (comment !== null) await octokit.rest.issues.updateComment({ ...repo, comment_id: comment, body: `${REPORT_MARKER}\n## copygate: nothing to check\n\n${NOTHING_TO_CHECK}\n` });
    }
    await applyRiskLabel(octokit, repo, event.pullRequest, null);
  }
  return { report, conclusion: "success", reportPath, checkRun: "id" in check ? check.id : null, comment };
}

async function writeReportFiles(dir: string, report: GateReport, summary: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "copygate-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const path = join(dir, "copygate-report.md");
  await writeFile(path, summary);
  return path;
}

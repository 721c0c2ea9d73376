/** Keeps exactly one copygate:risk-* label on the pull request. */
import { RISK_LABEL_COLORS, riskLabelChange } from "../../../core/report/index.ts";
import type { RiskLevel } from "../../../core/model/index.ts";
import type { Octokit, RepoRef } from "./octokit.ts";
import { statusOf } from "./octokit.ts";

export async function applyRiskLabel(octokit: Octokit, repo: RepoRef, pullRequest: number, risk: RiskLevel | null): Promise<void> {
  const current = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: pullRequest, per_page: 100 });
  const change = riskLabelChange(current.map((l) => l.name), risk);
  for (const name of change.remove) {
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: pullRequest, name });
  }
  if (change.add && risk) {
    await ensureLabel(octokit, repo, change.add, RISK_LABEL_COLORS[risk], risk);
    await octokit.rest.issues.addLabels({ ...repo, issue_number: pullRequest, labels: [change.add] });
  }
}

async function ensureLabel(octokit: Octokit, repo: RepoRef, name: string, color: string, risk: RiskLevel): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({ ...repo, name, color, description: `copygate: ${risk} risk; see the copygate comment for who must approve` });
  } catch (error) {
    // 422: the label exists already, which is what we want.
    if (statusOf(error) !== 422) throw error;
  }
}

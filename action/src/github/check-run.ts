/**
 * The "copygate" check run on the head commit, with every finding as an annotation, 50 per
 * request. A token without checks:write (fork pull requests) gets 403: the job status carries
 * the result instead.
 */
import { annotationBatches } from "../../../core/report/index.ts";
import type { CheckRunAnnotation } from "../../../core/report/index.ts";
import type { Octokit, RepoRef } from "./octokit.ts";
import { statusOf } from "./octokit.ts";

export const CHECK_NAME = "copygate";

export interface CheckOutcome {
  conclusion: "success" | "neutral" | "failure";
  title: string;
  /** At most 65,535 characters (GitHub's limit for a check run summary). */
  summary: string;
  annotations: CheckRunAnnotation[];
}

export async function publishCheckRun(octokit: Octokit, repo: RepoRef, headSha: string, outcome: CheckOutcome): Promise<{ id: number } | { refused: number }> {
  const [first = [], ...rest] = annotationBatches(outcome.annotations);
  const output = { title: outcome.title, summary: outcome.summary };
  let id: number;
  try {
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: CHECK_NAME,
      head_sha: headSha,
      status: "completed",
      conclusion: outcome.conclusion,
      completed_at: new Date().toISOString(),
      output: { ...output, annotations: first },
    });
    id = data.id;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) return { refused: status };
    throw error;
  }
  // Further updates append their annotations to the same check run.
  for (const batch of rest) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: { ...output, annotations: batch } });
  }
  return { id };
}

/**
 * campaign.yaml's rollout block against the repository: the candidate is a prompt version that
 * exists, a test or production stage knows its candidate, the results and sent-copy sources exist.
 */
import type { Campaign } from "../model/index.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";

type At = (path: (string | number)[], message: string) => Problem;

export async function rolloutProblems(campaign: Campaign, ctx: RepoContext, at: At): Promise<Problem[]> {
  const rollout = campaign.rollout;
  if (!rollout || typeof rollout !== "object" || typeof campaign.workflow !== "string") return [];
  const workflow = (await ctx.workflows()).get(campaign.workflow);
  if (!workflow) return []; // the workflow's own problem is reported by the prompt check
  const problems: Problem[] = [];
  const known = [...workflow.versions.keys()].sort((a, b) => a - b);
  if (typeof rollout.candidate === "number" && !workflow.versions.has(rollout.candidate)) {
    problems.push(at(["rollout", "candidate"], `candidate version ${rollout.candidate} does not exist: there is no prompts/${campaign.workflow}/${campaign.workflow}.v${rollout.candidate}.prompt (versions: ${known.join(", ")})`));
  }
  const history = (workflow.releases as { history?: { version?: unknown; status?: unknown }[] } | undefined)?.history ?? [];
  const marked = Array.isArray(history) && history.some((h) => h?.status === "candidate");
  // Advice, not a fault: a production move of the prompt leaves a running test without a candidate,
  // and that pull request must not fail for it; until one is named every recipient gets production's drafts.
  if (rollout.candidate === undefined && !marked && rollout.stage !== "offline" && rollout.stage !== "production") {
    problems.push({ ...at(["rollout", "stage"], `stage ${rollout.stage} has no candidate: set rollout.candidate, or mark a version as candidate in prompts/${campaign.workflow}/releases.yaml; until then every recipient gets production's drafts`), advisory: true });
  }

  const sources = await ctx.sourceNames();
  for (const [field, input] of [["results", rollout.results], ["shadow", rollout.shadow]] as const) {
    if (input && "source" in input && typeof input.source === "string" && !sources.includes(input.source)) {
      problems.push(at(["rollout", field, "source"], `source "${input.source}" does not exist: add sources/${input.source}.yaml (have: ${sources.join(", ") || "none"})`));
    }
  }
  return problems;
}

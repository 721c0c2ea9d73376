/**
 * New or already there: a failure this pull request did not introduce (the same file, check and
 * message on the base branch) is reported apart as "already failing on <base>" and does not fail
 * it. Lines are not compared: an edit above a problem moves it without changing it.
 */
import type { CampaignGate, Finding } from "./types.ts";

export interface SplitFindings {
  /** Introduced or touched by this pull request: these decide it. */
  introduced: Finding[];
  /** Failures the base branch has too. */
  existing: Finding[];
}

/**
 * The problem without its advice: the advice may differ between base and head (e.g. "fix the brief
 * first" once the brief broke) while the problem — drafts.json missing — is the same old one.
 */
const problem = (message: string): string => message.replace(/ To regenerate: [\s\S]*$/, "");
const key = (f: Finding): string => `${f.path}\u0000${f.title}\u0000${problem(f.message)}`;

export function splitExisting(head: Finding[], base: Finding[]): SplitFindings {
  const onBase = new Set(base.filter((f) => f.level === "failure").map(key));
  const split: SplitFindings = { introduced: [], existing: [] };
  for (const finding of head) (finding.level === "failure" && onBase.has(key(finding)) ? split.existing : split.introduced).push(finding);
  return split;
}

/**
 * A campaign fails only because of what the base branch already had when every failure under its
 * folder is an existing one and it failed on the base branch as well.
 */
export function markAlreadyFailing(campaigns: CampaignGate[], dirs: Record<string, string>, split: SplitFindings, failedOnBase: Set<string>): CampaignGate[] {
  return campaigns.map((gate) => {
    const dir = dirs[gate.campaign];
    if (!dir || !failedOnBase.has(gate.campaign)) return gate;
    const inside = (f: Finding) => f.path === dir || f.path.startsWith(`${dir}/`) || f.path.endsWith(`/${dir}`) || f.path.includes(`/${dir}/`);
    const newFailure = split.introduced.some((f) => f.level === "failure" && inside(f));
    const oldFailure = split.existing.some(inside);
    return !newFailure && oldFailure ? { ...gate, alreadyFailing: true } : gate;
  });
}

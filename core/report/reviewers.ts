/**
 * Reviewer groups ("legal", "brand", …) named by a campaign's approval rules, mapped to GitHub
 * teams and users with a CODEOWNERS-style file (`.github/copygate-reviewers`):
 *
 *   # group   owners
 *   legal     @lumora/legal
 *   brand     @lumora/brand @dana
 *
 * A group without a line maps to the team of the same slug in the repository's organisation.
 */
import { InputError } from "../errors.ts";

export type ReviewerMap = Record<string, string[]>;

export function parseReviewerMap(text: string, file = ".github/copygate-reviewers"): ReviewerMap {
  const map: ReviewerMap = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    // `change:<kind> …` lines route rule changes (see rule-changes.ts), not owners.
    if (!line || line.startsWith("change:")) return;
    const [group, ...owners] = line.split(/\s+/);
    const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$/.test(o));
    if (!group || owners.length === 0 || bad) {
      throw new InputError(`"${raw.trim()}" is not "<group> @org/team|@user …"`, { file, line: index + 1, hint: "write the group name, then one or more @org/team or @user owners" });
    }
    map[group] = owners;
  });
  return map;
}

/** The body of `POST /pulls/{n}/requested_reviewers` for the groups a risk level requires. */
export function reviewRequest(groups: string[], map: ReviewerMap, org: string): { reviewers: string[]; team_reviewers: string[] } {
  const reviewers = new Set<string>();
  const teams = new Set<string>();
  for (const group of groups) {
    for (const owner of map[group] ?? [`@${org}/${group}`]) {
      const [who, team] = owner.slice(1).split("/");
      if (team) teams.add(team);
      else if (who) reviewers.add(who);
    }
  }
  return { reviewers: [...reviewers].sort(), team_reviewers: [...teams].sort() };
}

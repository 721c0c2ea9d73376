/**
 * Changes to the rules themselves reach the people who own them: moving production to another
 * prompt version is at least medium risk and asks lifecycle marketing; a change to approved claims
 * or legal restrictions is high and asks legal; a brand rules change asks brand. Teams change this
 * in `.github/copygate-reviewers` with lines like
 *
 *   change:production  medium  lifecycle-marketing
 *   change:claims      high    legal product-marketing
 */
import { InputError } from "../errors.ts";
import type { RiskLevel } from "../model/index.ts";
import type { ChangedFile, RepositoryUses } from "./affected.ts";
import type { RuleChange, RuleChangeKind } from "./types.ts";

export interface RuleRoute {
  risk: RiskLevel;
  reviewers: string[];
}

export type RuleRouting = Record<RuleChangeKind, RuleRoute>;

export const DEFAULT_RULE_ROUTING: RuleRouting = {
  production: { risk: "medium", reviewers: ["lifecycle-marketing"] },
  claims: { risk: "high", reviewers: ["legal"] },
  legal: { risk: "high", reviewers: ["legal"] },
  brand: { risk: "medium", reviewers: ["brand"] },
};

const KINDS = Object.keys(DEFAULT_RULE_ROUTING) as RuleChangeKind[];
const RISKS: RiskLevel[] = ["low", "medium", "high"];
export const RULE_LINE_PREFIX = "change:";

/** The `change:<kind> <risk> <group…>` lines of the reviewer file over the defaults. */
export function parseRuleRouting(text: string, file = ".github/copygate-reviewers"): RuleRouting {
  const routing: RuleRouting = structuredClone(DEFAULT_RULE_ROUTING);
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line.startsWith(RULE_LINE_PREFIX)) return;
    const [head = "", risk = "", ...reviewers] = line.split(/\s+/);
    const kind = head.slice(RULE_LINE_PREFIX.length) as RuleChangeKind;
    const where = { file, line: index + 1 };
    if (!KINDS.includes(kind)) throw new InputError(`unknown rule change "${head}"`, { ...where, hint: `use one of ${KINDS.map((k) => RULE_LINE_PREFIX + k).join(", ")}` });
    if (!RISKS.includes(risk as RiskLevel)) throw new InputError(`"${head}" needs a risk level, not "${risk}"`, { ...where, hint: `write ${head} low|medium|high <reviewer group…>` });
    routing[kind] = { risk: risk as RiskLevel, reviewers };
  });
  return routing;
}

/** The rule changes in a pull request: production moves from releases.yaml, policy files by kind. */
export function ruleChanges(changed: ChangedFile[], uses: RepositoryUses, routing: RuleRouting = DEFAULT_RULE_ROUTING): RuleChange[] {
  const changes: RuleChange[] = [];
  const add = (kind: RuleChangeKind, reason: string) => changes.push({ kind, reason, ...structuredClone(routing[kind]) });
  for (const [workflow, production] of Object.entries(uses.production).sort(([a], [b]) => a.localeCompare(b))) {
    if (production.base === production.head || production.head === null) continue;
    const from = production.base === null ? "set to" : `v${production.base} →`;
    add("production", `prompts/${workflow}/releases.yaml: production ${from} v${production.head}`);
  }
  for (const file of [...changed].sort((a, b) => a.filename.localeCompare(b.filename))) {
    const policy = /^policies\/(claims|legal|brand)\/[^/]+\.ya?ml$/.exec(file.filename);
    if (policy) add(policy[1] as RuleChangeKind, `${file.filename} ${file.status === "added" ? "added" : file.status === "removed" ? "removed" : "changed"}`);
  }
  return changes;
}

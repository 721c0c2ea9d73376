import { buildPromptInput } from "../brief/index.ts";
import type { Cohort } from "../brief/index.ts";
import type { Campaign, Policies } from "../model/index.ts";
import { parsePromptRef, selectDeclaredInput } from "../prompts/index.ts";
import { compileUserSchema } from "./ajv.ts";
import type { RepoContext } from "./context.ts";
import { productionVersion } from "./context.ts";
import { schemaIssues } from "./messages.ts";
import type { Problem } from "./problems.ts";
import type { CheckedFile } from "./yaml-file.ts";
import { problemAt } from "./yaml-file.ts";

// One cohort of each kind: a personalized one carries every optional field, the generic one none.
const SAMPLE_COHORTS: Cohort[] = [
  { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 1, usage_summary: "Created 1 dashboard.", crm_notes: "Note." },
  { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 1 },
];

/** Does the campaign supply everything its prompt version's input schema requires? Checked by building the real input. */
export async function campaignInputProblems(campaign: Campaign, checked: CheckedFile, file: string, ctx: RepoContext): Promise<Problem[]> {
  const workflow = (await ctx.workflows()).get(campaign.workflow);
  const ref = parsePromptRef(campaign.prompt);
  const number = ref.selector === "production" ? productionVersion(workflow) : ref.selector;
  const inputSchema = number === undefined ? undefined : workflow?.versions.get(number)?.inputSchema;
  const policies = await loadPolicies(campaign, ctx);
  if (!inputSchema || !policies) return [];
  const { validate } = compileUserSchema(inputSchema);
  if (!validate) return [];
  const variantsByIssue = new Map<string, string[]>();
  for (const cohort of SAMPLE_COHORTS) {
    let input: Record<string, unknown>;
    try {
      input = selectDeclaredInput(inputSchema, buildPromptInput({ campaign, policies, cohort }));
    } catch {
      return []; // an unknown claim or a broken policy: reported where it is
    }
    if (validate(input)) continue;
    for (const issue of schemaIssues(validate.errors)) variantsByIssue.set(issue.message, [...(variantsByIssue.get(issue.message) ?? []), cohort.variant]);
  }
  return [...variantsByIssue].map(([message, variants]) => {
    const who = variants.length === SAMPLE_COHORTS.length ? "every variant" : `the ${variants.join(" and ")} variant`;
    return problemAt(file, checked.located, ["prompt"], `${campaign.workflow}@${number} needs input this campaign does not supply (${who}): ${message}`);
  });
}

async function loadPolicies(campaign: Campaign, ctx: RepoContext): Promise<Policies | undefined> {
  const [claims, legal, brand] = await ctx.policyData(campaign.policies);
  const isObject = (v: unknown) => v !== null && typeof v === "object";
  if (!isObject(claims) || !isObject(legal) || !isObject(brand)) return undefined;
  return { claims, legal, brand } as Policies;
}

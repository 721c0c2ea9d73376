import { buildPromptInput } from "../brief/index.ts";
import type { Campaign, Policies } from "../model/index.ts";
import { compileFallback, fallbackFields } from "../prompts/index.ts";
import { compileUserSchema, schemaValidator } from "./ajv.ts";
import type { RepoContext } from "./context.ts";
import { schemaIssues } from "./messages.ts";
import type { Problem } from "./problems.ts";

/**
 * Renders the fallback for every valid campaign of its workflow and checks the result against the
 * production output schema: the approved fallback must always be publishable as it stands.
 */
export async function renderedFallbackProblems(file: string, text: string, workflow: string, outputSchema: object, ctx: RepoContext): Promise<Problem[]> {
  const { validate } = compileUserSchema(outputSchema);
  if (!validate) return [];
  const problems: Problem[] = [];
  for (const { dir, data } of await ctx.campaigns()) {
    if (data.workflow !== workflow || !schemaValidator("campaign")(data)) continue;
    const campaign = data as unknown as Campaign;
    const policies = await policiesOf(campaign, ctx);
    if (!policies) continue;
    let content: Record<string, unknown>;
    try {
      const input = buildPromptInput({ campaign, policies, cohort: { key: "generic", variant: "generic", plan_name: String(campaign.audience?.expect?.plan_name ?? ""), recipients: 0 } });
      content = fallbackFields(file, compileFallback(file, text)(input), outputSchema);
    } catch {
      continue; // a broken policy or template is reported on its own line
    }
    if (validate(content)) continue;
    for (const issue of schemaIssues(validate.errors)) {
      const line = headerLine(text, String(issue.path[0] ?? ""));
      problems.push({ path: file, line, col: 1, message: `rendered for ${dir}, the fallback does not fit the output schema: ${issue.message}` });
    }
  }
  return problems;
}

async function policiesOf(campaign: Campaign, ctx: RepoContext): Promise<Policies | undefined> {
  const [claims, legal, brand] = await ctx.policyData(campaign.policies);
  if (!schemaValidator("claims")(claims) || !schemaValidator("legal")(legal) || !schemaValidator("brand")(brand)) return undefined;
  return { claims, legal, brand } as Policies;
}

/** The line of the `## field` section a problem belongs to (line 1 when the field has none). */
function headerLine(text: string, field: string): number {
  const index = text.split("\n").findIndex((line) => line.trimEnd() === `## ${field}`);
  return index + 1 || 1;
}

import { describe, expect, it } from "vitest";
import { renderFallback } from "../prompts/index.ts";
import { buildPromptInput } from "../brief/index.ts";
import { runChecks } from "./index.ts";
import { REPO_ROOT, exampleCampaignContext } from "./testing.ts";

/** The approved fallback template is the content rollback: it must pass the same checks as model copy. */
describe("the workflows' fallback templates", () => {
  for (const dir of ["campaigns/trial-expiration-3d", "campaigns/paid-search-lumora-trial"]) {
    it(`pass every check for ${dir}`, async () => {
      const { campaign, ctx } = await exampleCampaignContext(dir);
      const input = buildPromptInput({ campaign, policies: ctx.policies, cohort: { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 1 } });
      const report = runChecks(await renderFallback(REPO_ROOT, campaign.workflow, input), ctx);
      expect(report.checks.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    });
  }
});

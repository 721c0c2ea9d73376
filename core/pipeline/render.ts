import type { Cohort } from "../brief/index.ts";
import type { DraftVariant } from "../model/index.ts";
import { checkRenderedEmail, renderedFiles, renderedRecord, renderVariantEmail, unsubscribeUrl, withRenderedChecks } from "../render/index.ts";
import type { EmailTemplate, RenderedFiles } from "../render/index.ts";
import type { CampaignContext } from "./context.ts";
import { cohortCheckContext } from "./evaluate.ts";

/**
 * Each variant through the campaign's email template: the rendered record goes into the variant
 * (so the content hash covers it), the checks run again on the email as sent, and the files to
 * write beside drafts.json are returned.
 */
export async function renderDraftVariants(context: CampaignContext, template: EmailTemplate, variants: { variant: DraftVariant; cohort: Cohort }[]): Promise<RenderedFiles> {
  const files: RenderedFiles = {};
  for (const { variant, cohort } of variants) {
    const email = await renderVariantEmail({ template, campaign: context.campaign, campaignDir: context.campaignDir, policies: context.policies, content: variant.content });
    const record = renderedRecord(variant.audience.key, email);
    Object.assign(files, renderedFiles(record, email));
    const checks = checkRenderedEmail(email, cohortCheckContext(context, cohort), { cta: context.campaign.brief.cta_url, unsubscribe: unsubscribeUrl(context.campaign) ?? "" });
    variant.rendered = record;
    variant.evals = withRenderedChecks(variant.evals, checks);
  }
  return files;
}

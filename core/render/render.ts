import { InputError } from "../errors.ts";
import type { Campaign, Policies } from "../model/index.ts";
import { mjmlToHtml } from "./mjml.ts";
import { templateSlots, unsubscribeUrl } from "./slots.ts";
import type { EmailTemplate } from "./template.ts";
import { htmlToPlainText } from "./text.ts";

/** One variant exactly as recipients get it. */
export interface RenderedEmail {
  subject: string;
  previewText: string;
  html: string;
  text: string;
}

/** Fill the template's slots from one variant's approved content and render it to HTML and plain text. */
export async function renderVariantEmail(args: {
  template: EmailTemplate;
  campaign: Campaign;
  campaignDir: string;
  policies: Policies;
  content: Record<string, unknown>;
}): Promise<RenderedEmail> {
  const { template, campaign } = args;
  const unsubscribe = unsubscribeUrl(campaign);
  if (!unsubscribe) {
    throw new InputError(`the campaign renders email but has no unsubscribe link for target "${campaign.publish.target}"`, {
      file: `${args.campaignDir}/campaign.yaml`, field: "email.unsubscribe_url",
      hint: "set email.unsubscribe_url to your preference-center link (sendgrid, mailchimp and customerio place their own tag)",
    });
  }
  const slots = templateSlots({ campaign, policies: args.policies, content: args.content, unsubscribe });
  const html = await mjmlToHtml(template.fill(slots), template.path);
  return { subject: slots.subject, previewText: slots.preview_text, html, text: htmlToPlainText(html) };
}

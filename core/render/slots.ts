import type { Campaign, Policies } from "../model/index.ts";

/** The values an email template can place; every one is a single line (see mjml.ts). */
export interface TemplateSlots {
  subject: string;
  preview_text: string;
  /** HTML paragraphs of the draft's body before its call-to-action line. */
  body: string;
  cta_text: string;
  cta_url: string;
  /** HTML paragraphs after the call to action: the sign-off and the draft's own footer lines. */
  closing: string;
  unsubscribe_url: string;
  postal_address: string;
}

export const SLOT_NAMES: (keyof TemplateSlots)[] = ["subject", "preview_text", "body", "cta_text", "cta_url", "closing", "unsubscribe_url", "postal_address"];

/** Each platform fills its own unsubscribe link at send time; the template only places the tag. */
export const PLATFORM_UNSUBSCRIBE_TAGS: Record<string, string> = {
  sendgrid: "{{{unsubscribe}}}",
  mailchimp: "*|UNSUB|*",
  customerio: "{% unsubscribe_url %}",
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function paragraphsHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${p.split("\n").map((line) => escapeHtml(line.trim())).join("<br />")}</p>`).join("");
}

/** "[Upgrade to Team]", "Upgrade to Team" or "[Upgrade to Team](url)" on its own: where the button goes. */
function isCtaParagraph(paragraph: string, cta: string): boolean {
  const p = paragraph.trim();
  return p === cta || p === `[${cta}]` || p.startsWith(`[${cta}](`);
}

/** The unsubscribe link: the campaign's own, else the tag of the platform it publishes to. */
export function unsubscribeUrl(campaign: Campaign): string | undefined {
  return campaign.email?.unsubscribe_url ?? PLATFORM_UNSUBSCRIBE_TAGS[campaign.publish.target];
}

export function templateSlots(args: { campaign: Campaign; policies: Policies; content: Record<string, unknown>; unsubscribe: string }): TemplateSlots {
  const { campaign, content } = args;
  const cta = campaign.brief.cta_text;
  const subjects = Array.isArray(content.subject_lines) ? (content.subject_lines as unknown[]).map(String) : [];
  const paragraphs = String(content.email_body ?? "").split(/\n\s*\n/).filter((p) => p.trim() !== "");
  const ctaAt = paragraphs.findIndex((p) => isCtaParagraph(p, cta));
  const address = args.policies.legal.restrictions.find((r) => r.postal_address)?.postal_address ?? "";
  return {
    // The first subject line is the one sent; the others stay in drafts.json as alternatives for a test.
    subject: oneLine(subjects[0] ?? ""),
    preview_text: oneLine(String(content.preview_text ?? "")),
    body: paragraphsHtml(ctaAt >= 0 ? paragraphs.slice(0, ctaAt) : paragraphs),
    cta_text: oneLine(String(content.cta_text ?? cta)),
    cta_url: campaign.brief.cta_url ?? "",
    closing: paragraphsHtml(ctaAt >= 0 ? paragraphs.slice(ctaAt + 1) : []),
    unsubscribe_url: args.unsubscribe,
    postal_address: oneLine(address),
  };
}

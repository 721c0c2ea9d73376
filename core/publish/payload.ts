/**
 * The one place a drafts file becomes what a target publishes. Rendering (core/render) plugs in
 * here, so every target sends the same bytes for the same content hash.
 *
 * Subject: an email variant carries several candidate subject lines; the published subject is the
 * first one (the order reviewers read in the diff), unless campaign.yaml picks another with
 * `publish.subject_line: <n>` (1-based).
 */
import type { Campaign, DraftVariant, DraftsFile } from "../model/index.ts";
import type { RenderedEmail } from "../render/index.ts";
import { ledgerKey, type PublishRequest, type PublishVariant } from "./targets/types.ts";

/**
 * With rendered emails (verified against drafts.json's hashes by core/publish/verify), each variant
 * publishes exactly the committed HTML, text, subject and preview; without a template, the draft's text.
 */
export function buildPublishRequest(args: { campaign: Campaign; drafts: DraftsFile; mode: "draft" | "schedule"; rendered?: Record<string, RenderedEmail> }): PublishRequest {
  const { campaign, drafts, mode } = args;
  const settings = { ...(campaign.publish as unknown as Record<string, unknown>) };
  const subjectIndex = typeof settings.subject_line === "number" ? settings.subject_line - 1 : 0;
  return {
    campaign: campaign.id,
    contentHash: drafts.content_hash,
    ledgerKey: ledgerKey(campaign.id, drafts.content_hash),
    mode,
    ...(mode === "schedule" && campaign.publish.send_at ? { sendAt: campaign.publish.send_at } : {}),
    variants: drafts.variants.map((v) => withRendered(publishVariant(v, subjectIndex, campaign.brief.cta_url), args.rendered?.[v.audience.key])),
    settings,
  };
}

function publishVariant(variant: DraftVariant, subjectIndex: number, ctaUrl: string | undefined): PublishVariant {
  const c = variant.content;
  const subjects = Array.isArray(c.subject_lines) ? c.subject_lines.filter((s): s is string => typeof s === "string") : [];
  const body = typeof c.email_body === "string" ? c.email_body : "";
  const cta = typeof c.cta_text === "string" ? c.cta_text : "";
  const ctaLine = cta ? `${cta}${ctaUrl ? `: ${ctaUrl}` : ""}` : "";
  return {
    audienceKey: variant.audience.key,
    subject: subjects[subjectIndex] ?? subjects[0] ?? "",
    previewText: typeof c.preview_text === "string" ? c.preview_text : "",
    text: [body, ctaLine].filter(Boolean).join("\n\n"),
    content: c,
  };
}

function withRendered(variant: PublishVariant, email: RenderedEmail | undefined): PublishVariant {
  if (!email) return variant;
  return { ...variant, subject: email.subject, previewText: email.previewText, text: email.text, html: email.html };
}

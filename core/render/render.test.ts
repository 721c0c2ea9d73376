import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { isInputError } from "../errors.ts";
import type { DraftsFile } from "../model/index.ts";
import { cohortCheckContext } from "../pipeline/evaluate.ts";
import { loadCampaignContext } from "../pipeline/index.ts";
import type { CampaignContext } from "../pipeline/index.ts";
import { checkRenderedEmail, parseEmailTemplate, renderVariantEmail } from "./index.ts";
import type { EmailTemplate } from "./index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CAMPAIGN = "campaigns/trial-expiration-3d";
const TEMPLATE = `${CAMPAIGN}/email.mjml`;

describe("rendering a variant through the campaign's MJML template", () => {
  let context: CampaignContext;
  let source: string;
  let content: Record<string, unknown>;

  beforeAll(async () => {
    context = await loadCampaignContext(ROOT, CAMPAIGN);
    source = await readFile(join(ROOT, TEMPLATE), "utf8");
    const drafts = JSON.parse(await readFile(join(ROOT, CAMPAIGN, "drafts.json"), "utf8")) as DraftsFile;
    content = drafts.variants[0]!.content;
  });

  const render = (template: EmailTemplate) =>
    renderVariantEmail({ template, campaign: context.campaign, campaignDir: CAMPAIGN, policies: context.policies, content });

  async function renderError(text: string): Promise<string> {
    try {
      await render(parseEmailTemplate(TEMPLATE, text));
    } catch (error) {
      if (isInputError(error)) return error.format();
      throw error;
    }
    throw new Error("expected the template to be refused");
  }

  it("renders the same bytes every time, and the committed rendered files are those bytes", async () => {
    const first = await render(parseEmailTemplate(TEMPLATE, source));
    const second = await render(parseEmailTemplate(TEMPLATE, source));
    expect(second.html).toBe(first.html);
    expect(second.text).toBe(first.text);
    expect(await readFile(join(ROOT, CAMPAIGN, "rendered/personalized-admin.html"), "utf8")).toBe(first.html);
    expect(await readFile(join(ROOT, CAMPAIGN, "rendered/personalized-admin.txt"), "utf8")).toBe(first.text);
  });

  it("places every slot: subject, preview, body, CTA button, closing, unsubscribe link and postal address", async () => {
    const email = await render(parseEmailTemplate(TEMPLATE, source));
    expect(email.subject).toBe("Before your Lumora trial ends");
    expect(email.previewText).toBe("Upgrading keeps the dashboards and reports you set up in Lumora.");
    expect(email.html).toContain("<title>Before your Lumora trial ends</title>");
    expect(email.html).toContain("Upgrading keeps the dashboards and reports you set up in Lumora.");
    expect(email.html).toContain('href="https://app.lumora.example/email/preferences"');
    expect(email.text).toContain("Upgrade to Team [https://app.lumora.example/billing/upgrade?code=TEAM20]");
    expect(email.text).not.toContain("[Upgrade to Team]");
    expect(email.text.trimEnd().split("\n").slice(-3)).toEqual([
      "Unsubscribe or manage email preferences",
      "[https://app.lumora.example/email/preferences]",
      "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204",
    ]);
    const checks = checkRenderedEmail(email, cohortCheckContext(context, { key: "generic", variant: "generic", recipients: 1 } as never), {
      cta: context.campaign.brief.cta_url, unsubscribe: "https://app.lumora.example/email/preferences",
    });
    expect(checks.map((c) => `${c.id}: ${c.status}`)).toEqual([
      "rendered_unsubscribe_and_address: pass",
      "rendered_restricted_terms: pass",
      "rendered_competitor_names: pass",
      "rendered_cta_link: pass",
      "rendered_unsubscribe_link: pass",
      "rendered_preview: pass",
    ]);
  });

  it("fails the checks when the template drops the draft's footer and the unsubscribe link", async () => {
    const dropped = source.replace("<mj-text>{{{closing}}}</mj-text>", "").replace(/<a href="\{\{unsubscribe_url\}\}"[^>]*>[^<]*<\/a><br \/>\{\{postal_address\}\}/, "Thanks");
    const email = await render(parseEmailTemplate(TEMPLATE, dropped));
    const checks = checkRenderedEmail(email, cohortCheckContext(context, { key: "generic", variant: "generic", recipients: 1 } as never), {
      cta: context.campaign.brief.cta_url, unsubscribe: "https://app.lumora.example/email/preferences",
    });
    const failed = checks.filter((c) => c.status === "fail").map((c) => `${c.label}: ${c.message}`);
    expect(failed).toEqual([
      'Unsubscribe and postal address (rendered email): The body is missing unsubscribe language (for example "You can unsubscribe at any time") and the postal address "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204"; add it to the footer.',
      "Unsubscribe link (rendered email): The rendered email has no unsubscribe link; the template must place {{unsubscribe_url}} in an href.",
    ]);
  });

  it("reports an MJML error at the template's line", async () => {
    const broken = source.replace('<mj-button href="{{cta_url}}"', '<mj-button hreff="{{cta_url}}"');
    const line = source.split("\n").findIndex((l) => l.includes("<mj-button")) + 1;
    expect(await renderError(broken)).toBe(
      `${TEMPLATE}:${line}:1: <mj-button> Attribute hreff is illegal — fix the template (https://documentation.mjml.io) and run \`copygate generate\` again`,
    );
  });

  it("reports a misspelt slot at its line and column, before anything is rendered", async () => {
    const broken = source.replace("<mj-title>{{subject}}</mj-title>", "<mj-title>{{subjet}}</mj-title>");
    expect(() => parseEmailTemplate(TEMPLATE, broken)).toThrow("unknown slot {{subjet}}");
    try {
      parseEmailTemplate(TEMPLATE, broken);
    } catch (error) {
      expect(isInputError(error) && error.format()).toBe(
        `${TEMPLATE}:3:17: unknown slot {{subjet}} — the slots are subject, preview_text, body, cta_text, cta_url, closing, unsubscribe_url, postal_address`,
      );
    }
  });

  it("refuses components that render random ids, since the bytes are hashed and approved", async () => {
    const random = source.replace("<mj-column>\n        <mj-text font-size=\"22px\"", "<mj-column>\n        <mj-navbar></mj-navbar><mj-text font-size=\"22px\"");
    expect(await renderError(random)).toBe(
      `${TEMPLATE}:13:1: <mj-navbar> renders random ids, so the same draft would not render to the same bytes — use <mj-section>/<mj-button> instead; the rendered email is hashed and approved byte for byte`,
    );
  });
});

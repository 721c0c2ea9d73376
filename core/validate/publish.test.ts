import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { copyRepoContent } from "../prompts/testing.ts";
import { formatProblem } from "./problems.ts";
import { breakFile, lineOf } from "./testing.ts";
import { validateRepository } from "./validate.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d/campaign.yaml";
const TEMPLATE = "campaigns/trial-expiration-3d/email.mjml";
const SENDGRID = `publish:
  target: sendgrid
  mode: draft
  api_key_env: SENDGRID_API_KEY
  sender_id: 4021
  suppression_group_id: 17
  audiences:
    generic: list:5b8e1f7a-1c2d-4e3f-8a9b-0c1d2e3f4a05
`;

async function lines(root: string, paths: string[], env?: Record<string, string>): Promise<string[]> {
  return (await validateRepository(root, paths, { env })).problems.map(formatProblem);
}

describe("validating publish settings and email templates", () => {
  it("says a rendered email has no unsubscribe link before generate does, and not when the target places its own", async () => {
    const root = await copyRepoContent();
    try {
      const text = await breakFile(root, CAMPAIGN, /email:\n  # The outbox has no unsubscribe tag of its own; vendor targets fill theirs in.\n  unsubscribe_url: [^\n]+\n/, "");
      expect(await lines(root, [CAMPAIGN])).toEqual([
        `${CAMPAIGN}:${lineOf(text, "  target: outbox")}:3: the campaign renders email (campaigns/trial-expiration-3d/email.mjml) but has no unsubscribe link for target "outbox": set email.unsubscribe_url to your preference-center link (sendgrid, mailchimp and customerio place their own tag)`,
      ]);
      // SendGrid places its own unsubscribe tag: nothing to say.
      await breakFile(root, CAMPAIGN, /publish:\n  target: outbox\n  mode: draft\n/, SENDGRID);
      expect(await lines(root, [CAMPAIGN])).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("checks a webhook target's signing secret only where the environment is known", async () => {
    const root = await copyRepoContent();
    try {
      const text = await breakFile(root, CAMPAIGN, /publish:\n  target: outbox\n  mode: draft\n/, "publish:\n  target: webhook\n  mode: draft\n  webhook:\n    url: https://hooks.lumora.example/copygate\n");
      const at = `${CAMPAIGN}:${lineOf(text, "publish:\n  target: webhook")}:1`;
      expect(await lines(root, [CAMPAIGN])).toEqual([]);
      expect(await lines(root, [CAMPAIGN], {})).toEqual([`${at}: the signing secret variable COPYGATE_WEBHOOK_SECRET is not set`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("names a credential variable that is not set, at the publish block, when the environment is known", async () => {
    const root = await copyRepoContent();
    try {
      const text = await breakFile(root, CAMPAIGN, /publish:\n  target: outbox\n  mode: draft\n/, SENDGRID);
      const at = `${CAMPAIGN}:${lineOf(text, "publish:\n  target: sendgrid")}:1`;
      expect(await lines(root, [CAMPAIGN], {})).toEqual([`${CAMPAIGN}:${lineOf(text, "api_key_env:")}:3: publish.api_key_env names SENDGRID_API_KEY, but SENDGRID_API_KEY is not set in this environment`]);
      expect(await lines(root, [CAMPAIGN], { SENDGRID_API_KEY: "SG.x" })).toEqual([]);
      // A pull request check has no secrets: the settings are checked, the variable is not.
      expect(await lines(root, [CAMPAIGN])).toEqual([]);
      await breakFile(root, CAMPAIGN, "  sender_id: 4021\n", "");
      expect(await lines(root, [CAMPAIGN])).toEqual([`${at}: publish.sender_id is required for target sendgrid`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("reports an MJML error and a misspelt slot in a template at their lines", async () => {
    const root = await copyRepoContent();
    try {
      const text = await breakFile(root, TEMPLATE, '<mj-button href="{{cta_url}}"', '<mj-button hreff="{{cta_url}}"');
      expect(await lines(root, [TEMPLATE])).toEqual([
        `${TEMPLATE}:${lineOf(text, "<mj-button")}:1: <mj-button> Attribute hreff is illegal — fix the template (https://documentation.mjml.io) and run \`copygate generate\` again`,
      ]);
      await breakFile(root, TEMPLATE, "{{postal_address}}", "{{postal_adress}}");
      expect(await lines(root, [TEMPLATE])).toEqual([
        `${TEMPLATE}:${lineOf(text, "{{postal_address}}")}:${text.split("\n")[lineOf(text, "{{postal_address}}") - 1]!.indexOf("{{postal_address}}") + 3}: unknown slot {{postal_adress}} — the slots are subject, preview_text, body, cta_text, cta_url, closing, unsubscribe_url, postal_address`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/**
 * The PublishRequest the tests send: the example campaign's committed drafts and rendered emails,
 * read the way the bot reads them (loadRenderedVariant verifies every file against its hash).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DraftsFile } from "../../core/model/index.ts";
import { ledgerKey } from "../../core/publish/targets/index.ts";
import type { PublishRequest, PublishVariant } from "../../core/publish/targets/index.ts";
import { loadRenderedVariant } from "../../core/render/index.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CAMPAIGN_DIR = "campaigns/trial-expiration-3d";

export async function exampleRequest(settings: Record<string, unknown>, mode: PublishRequest["mode"] = "draft", sendAt?: string): Promise<PublishRequest> {
  const drafts = JSON.parse(await readFile(join(ROOT, CAMPAIGN_DIR, "drafts.json"), "utf8")) as DraftsFile;
  const variants: PublishVariant[] = [];
  for (const variant of drafts.variants) {
    const email = await loadRenderedVariant(ROOT, CAMPAIGN_DIR, variant);
    if (!email) throw new Error("test setup: the example campaign renders email");
    variants.push({ audienceKey: variant.audience.key, subject: email.subject, previewText: email.previewText, html: email.html, text: email.text, content: variant.content });
  }
  return {
    campaign: drafts.campaign,
    contentHash: drafts.content_hash,
    ledgerKey: ledgerKey(drafts.campaign, drafts.content_hash),
    mode,
    sendAt,
    variants,
    settings: { mode, ...(sendAt ? { send_at: sendAt } : {}), ...settings },
  };
}

export async function renderedFile(name: string): Promise<string> {
  return readFile(join(ROOT, CAMPAIGN_DIR, "rendered", name), "utf8");
}

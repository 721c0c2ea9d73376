import { describe, expect, it } from "vitest";
import type { Campaign, DraftsFile } from "../model/index.ts";
import { buildPublishRequest } from "./payload.ts";

const campaign = (publish: Record<string, unknown>) => ({ id: "trial-expiration-3d", publish, brief: { cta_url: "https://app.lumora.example/upgrade" } }) as unknown as Campaign;
const drafts = {
  content_hash: `sha256:${"9".repeat(64)}`,
  variants: [{ audience: { key: "generic" }, content: { subject_lines: ["First subject", "Second subject"], preview_text: "Preview", email_body: "Hi there,\n\nBody.", cta_text: "Upgrade to Team" } }],
} as unknown as DraftsFile;

describe("buildPublishRequest", () => {
  it("publishes the first subject line, the body then the call to action with its URL, named by the ledger key", () => {
    const request = buildPublishRequest({ campaign: campaign({ target: "outbox", mode: "draft" }), drafts, mode: "draft" });
    expect(request).toEqual({
      campaign: "trial-expiration-3d", contentHash: drafts.content_hash, ledgerKey: "copygate:trial-expiration-3d:999999999999", mode: "draft",
      settings: { target: "outbox", mode: "draft" },
      variants: [{ audienceKey: "generic", subject: "First subject", previewText: "Preview", text: "Hi there,\n\nBody.\n\nUpgrade to Team: https://app.lumora.example/upgrade", content: drafts.variants[0]?.content }],
    });
  });

  it("takes the subject line campaign.yaml picks, and the send time only when scheduling", () => {
    const settings = { target: "outbox", mode: "schedule", send_at: "2026-12-01T09:00:00Z", subject_line: 2 };
    expect(buildPublishRequest({ campaign: campaign(settings), drafts, mode: "schedule" })).toMatchObject({ sendAt: "2026-12-01T09:00:00Z", variants: [{ subject: "Second subject" }] });
    expect(buildPublishRequest({ campaign: campaign(settings), drafts, mode: "draft" }).sendAt).toBeUndefined();
  });
});

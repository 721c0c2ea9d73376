/** Test support: the example campaign's check context, loaded from the repository's own files. */
import { fileURLToPath } from "node:url";
import type { Campaign } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
import { loadCheckContext } from "./load.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function exampleCampaignContext(dir = "campaigns/trial-expiration-3d", audience: { usageSummary?: string; crmNotes?: string[] } = {}): Promise<{ campaign: Campaign; ctx: CheckContext }> {
  return loadCheckContext(REPO_ROOT, dir, audience);
}

export const POSTAL_ADDRESS = "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204";

/** A clean trial-expiration draft that passes every check; tests change one thing at a time. */
export function cleanEmailDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject_lines: ["Your Team trial ends in 3 days", "Keep everything you built", "Upgrade and keep your dashboards"],
    preview_text: "Upgrade before your trial ends and keep every dashboard, query and alert.",
    email_body: emailBody("Your Team trial ends in 3 days. Upgrading keeps every dashboard, query and alert created during the trial."),
    cta_text: "Upgrade to Team",
    rationale: "Leads with keeping work.",
    risk_flags: [],
    ...overrides,
  };
}

/** A body around `middle`: the offer, the one call to action, and the legal footer. */
export function emailBody(middle: string, footer = `You can unsubscribe at any time.\n${POSTAL_ADDRESS}`): string {
  return `Hi,\n\n${middle}\n\nCode TEAM20 gives 20% off the first 3 months of the Team plan, valid until December 31, 2026.\n\nUpgrade to Team\n\nThe Lumora team\n\n${footer}`;
}

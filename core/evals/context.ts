import type { Campaign, Policies } from "../model/index.ts";
import type { CheckContext } from "./types.ts";

export interface CheckContextInput {
  campaign: Campaign;
  policies: Policies;
  outputSchema: object;
  /** The cohort's usage summary, when the draft is a personalized variant. */
  usageSummary?: string;
  /** CRM free text the draft was written next to; never to be obeyed. */
  crmNotes?: string[];
  /** Values from a personal-data source (recipients' e-mails, names, ids) the copy must never contain. */
  personalData?: string[];
}

/** Days until the trial ends, from the segment's expectation ("trial_ends_within_days: 3"). */
function trialWindow(campaign: Campaign): string[] {
  const days = campaign.audience?.expect?.trial_ends_within_days;
  return campaign.brief.deadline === "trial_end" && typeof days === "number" ? [`${days} days`] : [];
}

/** YAML 1.1 loaders turn timestamps into Date objects; accept both. */
function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** The deterministic checks' view of a campaign: its channel, policies, brief, offer and deadlines. */
export function checkContextFor(input: CheckContextInput): CheckContext {
  const { campaign, policies } = input;
  const brief = campaign.brief;
  return {
    channel: campaign.channel,
    policies,
    outputSchema: input.outputSchema,
    offer: campaign.offer,
    brief: {
      cta_text: brief.cta_text,
      cta_url: brief.cta_url,
      claims: brief.claims,
      allowed_dates: campaign.offer ? [isoDate(campaign.offer.expires_at)] : [],
      allowed_windows: trialWindow(campaign),
      facts: [brief.goal, brief.key_message],
    },
    audienceFacts: input.usageSummary ? [input.usageSummary] : [],
    untrustedText: input.crmNotes ?? [],
    ...(input.personalData?.length ? { personalData: input.personalData } : {}),
  };
}

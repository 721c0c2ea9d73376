import type { SimBrief } from "./brief.ts";
import type { Choices } from "./random.ts";

/**
 * Responsive search ads from the brief: short headlines (≤ 30 characters, no duplicates) and
 * descriptions (≤ 90) that only restate approved claims, the offer and the call to action.
 */
export interface AdsCopy {
  headlines: string[];
  descriptions: string[];
}

export const HEADLINE_MAX = 30;
export const DESCRIPTION_MAX = 90;

/** Headlines that lean on a claim are offered only when an approved claim names their subject. */
const CLAIM_HEADLINES: { needs: RegExp; text: string }[] = [
  { needs: /postgres/i, text: "Connect Postgres" },
  { needs: /snowflake/i, text: "Connect Snowflake" },
  { needs: /bigquery/i, text: "Connect BigQuery" },
  { needs: /unlimited viewers/i, text: "Share With Unlimited Viewers" },
  { needs: /scheduled reports/i, text: "Scheduled Reports by Email" },
  { needs: /slack/i, text: "Reports Delivered to Slack" },
  { needs: /keeps every dashboard/i, text: "Keep Every Dashboard" },
  { needs: /annual billing/i, text: "Annual Billing Available" },
];

export function writeAds(brief: SimBrief, choose: Choices, counts: { headlines: number; descriptions: number }): AdsCopy {
  return {
    headlines: choose.sample(headlineCandidates(brief), counts.headlines),
    descriptions: choose.sample(descriptionCandidates(brief), counts.descriptions),
  };
}

function headlineCandidates(brief: SimBrief): string[] {
  const brand = brief.brandName;
  const claimText = brief.approvedClaims.join(" ");
  const pool = [
    `${brand} Dashboards`,
    `Dashboards for Your Data`,
    `Reports Your Team Can Share`,
    `Try ${brand} With Your Team`,
    `${brand} for Data Teams`,
    ...CLAIM_HEADLINES.filter((h) => h.needs.test(claimText)).map((h) => h.text),
    brief.ctaText,
    brief.offer?.code ? `Use Code ${brief.offer.code}` : "",
  ];
  const fitting = pool.filter((h) => h && h.length <= HEADLINE_MAX);
  return [...new Map(fitting.map((h) => [h.toLowerCase(), h])).values()];
}

function descriptionCandidates(brief: SimBrief): string[] {
  const offer = brief.offer;
  const pool = [
    ...brief.approvedClaims,
    offer?.code ? `${offer.summary} with code ${offer.code}.` : "",
    brief.keyMessage,
  ];
  return [...new Set(pool.filter((d) => d && d.length <= DESCRIPTION_MAX))];
}

export const HEADLINE_MAX = 30;
export const DESCRIPTION_MAX = 90;
/** Headlines that lean on a claim are offered only when an approved claim names their subject. */
const CLAIM_HEADLINES = [
    { needs: /postgres/i, text: "Connect Postgres" },
    { needs: /snowflake/i, text: "Connect Snowflake" },
    { needs: /bigquery/i, text: "Connect BigQuery" },
    { needs: /unlimited viewers/i, text: "Share With Unlimited Viewers" },
    { needs: /scheduled reports/i, text: "Scheduled Reports by Email" },
    { needs: /slack/i, text: "Reports Delivered to Slack" },
    { needs: /keeps every dashboard/i, text: "Keep Every Dashboard" },
    { needs: /annual billing/i, text: "Annual Billing Available" },
];
export function writeAds(brief, choose, counts) {
    return {
        headlines: choose.sample(headlineCandidates(brief), counts.headlines),
        descriptions: choose.sample(descriptionCandidates(brief), counts.descriptions),
    };
}
function headlineCandidates(brief) {
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
function descriptionCandidates(brief) {
    const offer = brief.offer;
    const pool = [
        ...brief.approvedClaims,
        offer?.code ? `${offer.summary} with code ${offer.code}.` : "",
        brief.keyMessage,
    ];
    return [...new Set(pool.filter((d) => d && d.length <= DESCRIPTION_MAX))];
}

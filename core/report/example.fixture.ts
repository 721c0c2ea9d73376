/** A representative gate report for the exact-shape tests of the comment, summary and annotations. */
import type { GateReport } from "./types.ts";

export function exampleReport(): GateReport {
  return {
    repository: "lumora/marketing",
    pullRequest: 42,
    headSha: "0123456789abcdef0123456789abcdef01234567",
    decision: "fail",
    risk: "medium",
    notes: [],
    campaigns: [
      {
        campaign: "trial-expiration-3d",
        workflow: "trial_expiration_email",
        freshness: "proceed_with_generic_variant",
        freshnessNotes: ["product_usage: 7.5 h old, limit 6 h (generic variant for 38 recipients)"],
        drafts: { current: true, reasons: [] },
        verdict: "review",
        risk: "medium",
        requiredReviewers: ["lifecycle-marketing", "brand"],
        checkpoint: {
          workflow: "trial_expiration_email",
          run_id: "run_2026_06_01_0830",
          prompt_version: "trial_expiration_email:v7",
          audience: "seg_trial_ending_3_days",
          risk_level: "medium",
          verdict: "review",
          required_reviewers: ["lifecycle-marketing", "brand"],
          decision: "route_to_review",
        },
        previews: [
          {
            audience: "personalized:admin",
            recipients: 412,
            source: "model",
            content: { subject_lines: ["Keep your dashboards", "3 days left on Team"], cta_text: "Upgrade to Team" },
          },
        ],
        notes: [],
      },
      {
        campaign: "paid-search-q4",
        workflow: "paid_search_ads",
        freshness: "stop_before_generation",
        freshnessNotes: ["audience_segment: 30 h old, limit 24 h (stop)"],
        drafts: { current: false, reasons: ["prompt paid_search_ads v3 changed since generation. Regenerate with `copygate generate campaigns/paid-search-q4`."] },
        verdict: null,
        risk: null,
        requiredReviewers: [],
        checkpoint: null,
        previews: [],
        notes: [],
      },
    ],
    workflows: [
      {
        workflow: "trial_expiration_email",
        baseline: "v7",
        candidate: "v8",
        decision: "do_not_promote",
        comparison: "| Metric | v7 | v8 |\n| --- | --- | --- |\n| JSON validity | 1.000 | 0.990 |",
        notes: ["JSON validity above 99 percent: failed (0.990)"],
      },
    ],
    findings: [
      { path: "campaigns/paid-search-q4/campaign.yaml", line: 12, level: "failure", title: "freshness", message: "audience_segment is 30 h old (limit 24 h): generation stops." },
    ],
  };
}

/** Integrations and product features copy can claim; each must trace to an approved claim. */
import { memoByText } from "./memo.ts";

/** Tools a data product is commonly said to connect to; a name here is an integration claim. */
export const KNOWN_INTEGRATIONS = [
  "Postgres", "PostgreSQL", "Snowflake", "BigQuery", "Redshift", "MySQL", "SQL Server", "Oracle", "Databricks",
  "ClickHouse", "MongoDB", "Salesforce", "HubSpot", "Marketo", "Stripe", "Shopify", "Zendesk", "Intercom",
  "Jira", "Notion", "Airtable", "Google Sheets", "Excel", "Google Analytics", "Segment", "Zapier", "dbt",
  "Fivetran", "Slack", "Microsoft Teams", "Amazon S3", "S3", "Teams app",
];

/** "X integration", "integrates with X", "connects to X": names not in the list above still count. */
const INTEGRATION_PHRASES = [
  /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:integration|connector|sync|plugin|add-on)s?\b/g,
  /\b(?:integrat\w*|connect(?:s|ion|ions)?|syncs?|plugs? into)\s+(?:with|to|into)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)/g,
];

/** Names the phrases catch that are the product, the plan or a channel, not an integration. */
const NOT_INTEGRATIONS = /^(Lumora|Team|Starter|Business|Upgrade|Your|The|This|It|We|You)\b/;

const INTEGRATION_PATTERNS = KNOWN_INTEGRATIONS.map((name) => ({ name, pattern: new RegExp(`(?<![\\w.])${name.replace(/\s+/g, "\\s+")}(?![\\w])`, "g") }));

export function integrationNames(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const { name, pattern } of INTEGRATION_PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ name, index: m.index ?? 0 });
  }
  for (const pattern of INTEGRATION_PHRASES) {
    for (const m of text.matchAll(pattern)) {
      const name = (m[1] ?? "").trim();
      if (name && !NOT_INTEGRATIONS.test(name) && !found.some((f) => name.includes(f.name))) found.push({ name, index: m.index ?? 0 });
    }
  }
  return found;
}

/** Feature claims a B2B dashboard product is tempted to make; each needs an approved claim. */
export const FEATURE_CLAIMS: { label: string; pattern: RegExp }[] = [
  { label: "AI", pattern: /\bAI(?:[- ](?:powered|driven|assisted|generated))?\b|\bartificial intelligence\b|\bmachine learning\b/g },
  { label: "predictions", pattern: /\bpredictive\b|\bforecast(?:s|ing)?\b|\bpredicts?\b/gi },
  { label: "real-time data", pattern: /\breal[- ]time\b|\blive data\b/gi },
  { label: "anomaly detection", pattern: /\banomaly detection\b|\bdetects? anomalies\b/gi },
  { label: "natural-language queries", pattern: /\bnatural[- ]language\b|\bplain English\b/gi },
  { label: "single sign-on", pattern: /\bSSO\b|\bsingle sign-on\b|\bSAML\b/g },
  { label: "audit logs", pattern: /\baudit logs?\b/gi },
  { label: "role-based access", pattern: /\brole-based access\b|\bgranular permissions\b/gi },
  { label: "white-labelling", pattern: /\bwhite[- ]label\w*\b/gi },
  { label: "embedded analytics", pattern: /\bembedd(?:ed|able) (?:analytics|dashboards?)\b/gi },
  { label: "mobile app", pattern: /\bmobile app\b|\biOS\b|\bAndroid\b/g },
  { label: "API", pattern: /\bAPI\b|\bREST API\b/g },
  { label: "support level", pattern: /\b(?:24\/7|round-the-clock|dedicated|priority|premium) support\b/gi },
  { label: "uptime", pattern: /\buptime\b|\bSLA\b/g },
  { label: "version history", pattern: /\bversion history\b/gi },
  { label: "automatic insights", pattern: /\bautomatic(?:ally)?(?:[- ]generated)? insights?\b|\binsights? automatically\b/gi },
  { label: "no-code", pattern: /\bno[- ]code\b|\bdrag[- ]and[- ]drop\b/gi },
  { label: "alerts", pattern: /\balerts?\b/gi },
  { label: "scheduled reports", pattern: /\bscheduled reports?\b|\breports? on a schedule\b/gi },
  { label: "unlimited", pattern: /\bunlimited\s+[a-z]+/gi },
];

/** Feature claims in a text (remembered per text: the brief's are compared with every feature a draft names). */
export const featureMentions = memoByText((text: string): { label: string; text: string; index: number }[] =>
  FEATURE_CLAIMS.flatMap(({ label, pattern }) => [...text.matchAll(pattern)].map((m) => ({ label, text: m[0], index: m.index ?? 0 }))),
);

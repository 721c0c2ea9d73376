/**
 * What the vendor targets (sendgrid, customerio, mailchimp) read from the campaign's publish block
 * and the environment, checked before any request so a bad setting never half-publishes.
 */
import { PublishTargetError } from "./platform-http.ts";
import type { PublishRequest, PublishVariant } from "./types.ts";

export interface VendorSettings {
  apiKeyEnv: string;
  audiences: Record<string, string>;
  raw: Record<string, unknown>;
}

/** Each platform object is named with the ledger key and the variant: found again by that name after a crash. */
export function platformName(request: PublishRequest, variant: PublishVariant): string {
  return `${request.ledgerKey} ${variant.audienceKey}`;
}

/** Problems with the settings a vendor target shares, as sentences for `copygate validate`. */
export function vendorSettingProblems(target: string, settings: Record<string, unknown>, env: Record<string, string | undefined>, required: string[] = []): string[] {
  const problems: string[] = [];
  const keyEnv = settings.api_key_env;
  if (typeof keyEnv !== "string" || keyEnv === "") {
    problems.push(`publish.api_key_env is required for target ${target}: the name of the env variable holding the API key`);
  } else if (!env[keyEnv]) {
    problems.push(`publish.api_key_env names ${keyEnv}, but ${keyEnv} is not set in this environment`);
  }
  const audiences = settings.audiences;
  if (!audiences || typeof audiences !== "object" || Object.keys(audiences).length === 0) {
    problems.push(`publish.audiences is required for target ${target}: the platform's list or segment id for each variant ("personalized:admin", "generic", …)`);
  }
  for (const field of required) {
    if (settings[field] === undefined) problems.push(`publish.${field} is required for target ${target}`);
  }
  return problems;
}

export function readVendorSettings(target: string, settings: Record<string, unknown>, env: Record<string, string | undefined>, required: string[] = []): VendorSettings & { apiKey: string } {
  const problems = vendorSettingProblems(target, settings, env, required);
  if (problems.length > 0) throw new PublishTargetError(`${target}: ${problems.join("; ")}. Nothing was published.`);
  const apiKeyEnv = settings.api_key_env as string;
  return { apiKeyEnv, apiKey: env[apiKeyEnv]!, audiences: settings.audiences as Record<string, string>, raw: settings };
}

/** Every variant must have an audience and rendered HTML, and schedule mode a time, before the first request. */
export function assertPublishable(target: string, request: PublishRequest, audiences: Record<string, string>): void {
  const problems: string[] = [];
  for (const variant of request.variants) {
    if (!audiences[variant.audienceKey]) problems.push(`publish.audiences has no entry for ${variant.audienceKey}`);
    if (!variant.html) problems.push(`${variant.audienceKey} has no rendered HTML (give the campaign an email template)`);
  }
  if (request.mode === "schedule" && !request.sendAt) problems.push("schedule mode needs publish.send_at");
  if (problems.length > 0) throw new PublishTargetError(`${target}: ${problems.join("; ")}. Nothing was published.`);
}

/** Authorization headers in a dry run: the scheme stays, the secret never appears. */
export function maskedHeaders(scheme: string, withBody: boolean): Record<string, string> {
  return { authorization: `${scheme} ***`, accept: "application/json", ...(withBody ? { "content-type": "application/json" } : {}) };
}

/**
 * Mailchimp Marketing API 3.0: POST /campaigns creates a draft, PUT /campaigns/{id}/content sets
 * the approved HTML and text, …/actions/schedule schedules it (quarter-hour times only). The host
 * is <dc>.api.mailchimp.com from the key's suffix; at most 10 connections at once.
 */
import { PlatformClient, PlatformLimits, PublishTargetError } from "./platform-http.ts";
import type { PlannedRequest, PublishRequest, PublishResult, PublishTarget, PublishVariant, TargetEnvironment } from "./types.ts";
import { assertPublishable, maskedHeaders, platformName, readVendorSettings, vendorSettingProblems } from "./vendor-settings.ts";

const REQUIRED = ["list_id", "from_name", "reply_to"];
const LIMITS = new PlatformLimits(10, 0);

interface Campaign {
  id: string;
  web_id: number;
  status: string;
  settings?: { title?: string };
}

/** "…-us21" → "us21": Mailchimp keys carry their data center. */
export function dataCenter(apiKey: string): string {
  const dc = /-([a-z]+[0-9]+)$/.exec(apiKey)?.[1];
  if (!dc) throw new PublishTargetError("mailchimp: the API key has no data-center suffix (like -us21); copy the whole key from Mailchimp. Nothing was published.");
  return dc;
}

function baseUrl(env: Record<string, string | undefined>, dc: string): string {
  return env.COPYGATE_MAILCHIMP_API_URL ?? `https://${dc}.api.mailchimp.com`;
}

/** Mailchimp refuses other times; say so before anything is created. */
export function quarterHourProblem(sendAt: string | undefined): string | null {
  const time = sendAt ? new Date(sendAt) : null;
  if (!time || Number.isNaN(time.getTime())) return `send_at "${sendAt ?? ""}" is not an ISO time`;
  if (time.getUTCMinutes() % 15 !== 0 || time.getUTCSeconds() !== 0 || time.getUTCMilliseconds() !== 0) {
    return `Mailchimp schedules on the quarter hour only; send_at ${sendAt} is not (use :00, :15, :30 or :45)`;
  }
  return null;
}

export function campaignBody(request: PublishRequest, variant: PublishVariant, settings: Record<string, unknown>): Record<string, unknown> {
  const audiences = settings.audiences as Record<string, string>;
  return {
    type: "regular",
    recipients: { list_id: settings.list_id, segment_opts: { saved_segment_id: Number(audiences[variant.audienceKey]) } },
    settings: { subject_line: variant.subject, preview_text: variant.previewText, title: platformName(request, variant), from_name: settings.from_name, reply_to: settings.reply_to },
  };
}

function contentBody(variant: PublishVariant): Record<string, unknown> {
  return { html: variant.html, plain_text: variant.text };
}

function connect(request: PublishRequest, environment: TargetEnvironment): { api: PlatformClient; dc: string } {
  const settings = readVendorSettings("mailchimp", request.settings, environment.env, REQUIRED);
  const dc = dataCenter(settings.apiKey);
  const authorization = `Basic ${Buffer.from(`copygate:${settings.apiKey}`).toString("base64")}`;
  const api = new PlatformClient({
    platform: "mailchimp", baseUrl: baseUrl(environment.env, dc), authorization, credentialName: settings.apiKeyEnv,
    limits: LIMITS, fetch: environment.fetch, log: environment.log,
  });
  return { api, dc };
}

function listPath(listId: string, offset: number): string {
  return `/3.0/campaigns?list_id=${encodeURIComponent(listId)}&count=1000&offset=${offset}&fields=campaigns.id,campaigns.web_id,campaigns.status,campaigns.settings.title,total_items`;
}

/** Mailchimp has no search by title: page through the list's campaigns. */
async function campaignsByTitle(api: PlatformClient, listId: string): Promise<Map<string, Campaign>> {
  const byTitle = new Map<string, Campaign>();
  for (let offset = 0; ; offset += 1000) {
    const { json } = await api.request({ method: "GET", path: listPath(listId, offset) });
    const page = json as { campaigns?: Campaign[]; total_items?: number };
    for (const campaign of page.campaigns ?? []) if (campaign.settings?.title) byTitle.set(campaign.settings.title, campaign);
    if (offset + 1000 >= (page.total_items ?? 0)) return byTitle;
  }
}

function result(dc: string, found: Campaign[], created: boolean, mode: PublishRequest["mode"]): PublishResult {
  return { platformId: found.map((c) => c.id).join(","), url: `https://${dc}.admin.mailchimp.com/campaigns/show/?id=${found[0]!.web_id}`, created, mode };
}

export const mailchimpTarget: PublishTarget = {
  name: "mailchimp",

  async find(request, environment) {
    const { api, dc } = connect(request, environment);
    const existing = await campaignsByTitle(api, request.settings.list_id as string);
    const found = request.variants.map((v) => existing.get(platformName(request, v)));
    return found.length && found.every(Boolean) ? result(dc, found as Campaign[], false, request.mode) : null;
  },

  async publish(request, environment) {
    const { api, dc } = connect(request, environment);
    assertPublishable("mailchimp", request, request.settings.audiences as Record<string, string>);
    const timing = request.mode === "schedule" ? quarterHourProblem(request.sendAt) : null;
    if (timing) throw new PublishTargetError(`mailchimp: ${timing}. Nothing was published.`);
    const existing = await campaignsByTitle(api, request.settings.list_id as string);
    const published: Campaign[] = [];
    let created = false;
    for (const variant of request.variants) {
      let campaign = existing.get(platformName(request, variant));
      if (!campaign) {
        campaign = (await api.request({ method: "POST", path: "/3.0/campaigns", body: campaignBody(request, variant, request.settings) })).json as Campaign;
        created = true;
      }
      // A draft found after a crash may lack its content: setting it again is harmless and completes it.
      if (campaign.status === "save") {
        await api.request({ method: "PUT", path: `/3.0/campaigns/${campaign.id}/content`, body: contentBody(variant) });
        if (request.mode === "schedule") await api.request({ method: "POST", path: `/3.0/campaigns/${campaign.id}/actions/schedule`, body: { schedule_time: request.sendAt } });
      }
      published.push(campaign);
    }
    return result(dc, published, created, request.mode);
  },

  checkSettings(settings, env) {
    const problems = vendorSettingProblems("mailchimp", settings, env, REQUIRED);
    const key = typeof settings.api_key_env === "string" ? env[settings.api_key_env] : undefined;
    if (key && !/-[a-z]+[0-9]+$/.test(key)) problems.push(`the key in ${String(settings.api_key_env)} has no data-center suffix (like -us21)`);
    if (settings.mode === "schedule") {
      const timing = quarterHourProblem(settings.send_at as string | undefined);
      if (timing) problems.push(timing);
    }
    return problems;
  },

  preview(request, environment) {
    // The same refusal publish would give: a dry run never shows requests that could not be sent.
    assertPublishable("mailchimp", request, (request.settings.audiences ?? {}) as Record<string, string>);
    const key = typeof request.settings.api_key_env === "string" ? environment.env[request.settings.api_key_env] : undefined;
    const dc = key ? dataCenter(key) : "<dc>";
    const base = baseUrl(environment.env, dc);
    const headers = (body: boolean) => maskedHeaders("Basic", body);
    const planned: PlannedRequest[] = [{ purpose: "find earlier campaigns by title", method: "GET", url: `${base}${listPath(String(request.settings.list_id), 0)}`, headers: headers(false) }];
    for (const variant of request.variants) {
      planned.push({ purpose: `create the draft for ${variant.audienceKey}`, method: "POST", url: `${base}/3.0/campaigns`, headers: headers(true), body: campaignBody(request, variant, request.settings) });
      planned.push({ purpose: `set the content of ${variant.audienceKey}`, method: "PUT", url: `${base}/3.0/campaigns/{id}/content`, headers: headers(true), body: contentBody(variant) });
      if (request.mode === "schedule") {
        planned.push({ purpose: `schedule ${variant.audienceKey}`, method: "POST", url: `${base}/3.0/campaigns/{id}/actions/schedule`, headers: headers(true), body: { schedule_time: request.sendAt } });
      }
    }
    return planned;
  },
};

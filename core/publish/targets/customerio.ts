/**
 * Customer.io App API newsletters: POST /v1/newsletters creates one (a draft unless scheduled_at is
 * given), content is updated by id, and newsletters are listed to find one by name after a crash.
 * US or EU region; the App API allows 10 requests a second.
 */
import { PlatformClient, PlatformLimits } from "./platform-http.ts";
import type { PlannedRequest, PublishRequest, PublishResult, PublishTarget, PublishVariant, TargetEnvironment } from "./types.ts";
import { assertPublishable, maskedHeaders, platformName, readVendorSettings, vendorSettingProblems } from "./vendor-settings.ts";

const HOSTS = { us: "https://api.customer.io", eu: "https://api-eu.customer.io" } as const;
// 10 requests a second is the documented limit: starts 110 ms apart keep a margin for jitter between here and there.
const LIMITS = new PlatformLimits(10, 110);

interface Newsletter {
  id: number;
  name: string;
  scheduled_at?: number | null;
  sent_at?: number | null;
}

function baseUrl(request: PublishRequest, env: Record<string, string | undefined>): string {
  const region = request.settings.region === "eu" ? "eu" : "us";
  return env.COPYGATE_CUSTOMERIO_API_URL ?? HOSTS[region];
}

function unixSeconds(iso: string | undefined): number | undefined {
  return iso ? Math.floor(new Date(iso).getTime() / 1000) : undefined;
}

export function newsletterBody(request: PublishRequest, variant: PublishVariant, settings: Record<string, unknown>): Record<string, unknown> {
  const audiences = settings.audiences as Record<string, string>;
  return {
    type: "email",
    name: platformName(request, variant),
    recipients: { segment: { id: Number(audiences[variant.audienceKey]) } },
    subject: variant.subject,
    body: variant.html,
    ...(settings.sender_id !== undefined ? { from_id: settings.sender_id } : {}),
    // Neither send_now nor scheduled_at: Customer.io keeps it as a draft.
    ...(request.mode === "schedule" ? { scheduled_at: unixSeconds(request.sendAt) } : {}),
  };
}

function client(request: PublishRequest, environment: TargetEnvironment): PlatformClient {
  const settings = readVendorSettings("customerio", request.settings, environment.env);
  return new PlatformClient({
    platform: "customerio", baseUrl: baseUrl(request, environment.env), authorization: `Bearer ${settings.apiKey}`, credentialName: settings.apiKeyEnv,
    limits: LIMITS, fetch: environment.fetch, log: environment.log,
  });
}

async function newslettersByName(api: PlatformClient): Promise<Map<string, Newsletter>> {
  const byName = new Map<string, Newsletter>();
  let start: string | undefined;
  do {
    const { json } = await api.request({ method: "GET", path: `/v1/newsletters?limit=100&sort=desc${start ? `&start=${encodeURIComponent(start)}` : ""}` });
    const page = json as { newsletters?: Newsletter[]; next?: string };
    for (const newsletter of page.newsletters ?? []) if (!byName.has(newsletter.name)) byName.set(newsletter.name, newsletter);
    start = page.next || undefined;
  } while (start);
  return byName;
}

/** A draft found after a crash gets the approved subject and body again, by content id. */
async function updateContent(api: PlatformClient, newsletter: Newsletter, variant: PublishVariant): Promise<void> {
  const { json } = await api.request({ method: "GET", path: `/v1/newsletters/${newsletter.id}/contents` });
  for (const content of (json as { contents?: { id: number }[] })?.contents ?? []) {
    await api.request({ method: "PUT", path: `/v1/newsletters/${newsletter.id}/contents/${content.id}`, body: { subject: variant.subject, body: variant.html } });
  }
}

// No url: a newsletter's page in Customer.io needs the workspace id, which the App API key does not reveal.
function result(found: Newsletter[], created: boolean, mode: PublishRequest["mode"]): PublishResult {
  return { platformId: found.map((n) => String(n.id)).join(","), created, mode };
}

export const customerioTarget: PublishTarget = {
  name: "customerio",

  async find(request, environment) {
    const existing = await newslettersByName(client(request, environment));
    const found = request.variants.map((v) => existing.get(platformName(request, v)));
    return found.length && found.every(Boolean) ? result(found as Newsletter[], false, request.mode) : null;
  },

  async publish(request, environment) {
    const api = client(request, environment);
    assertPublishable("customerio", request, request.settings.audiences as Record<string, string>);
    const existing = await newslettersByName(api);
    const published: Newsletter[] = [];
    let created = false;
    for (const variant of request.variants) {
      let newsletter = existing.get(platformName(request, variant));
      if (!newsletter) {
        const { json } = await api.request({ method: "POST", path: "/v1/newsletters", body: newsletterBody(request, variant, request.settings) });
        newsletter = ((json as { newsletter?: Newsletter }).newsletter ?? json) as Newsletter;
        created = true;
      } else if (!newsletter.sent_at && !newsletter.scheduled_at) {
        await updateContent(api, newsletter, variant);
        if (request.mode === "schedule") await api.request({ method: "POST", path: `/v1/newsletters/${newsletter.id}/schedule`, body: { scheduled_at: unixSeconds(request.sendAt) } });
      }
      published.push(newsletter);
    }
    return result(published, created, request.mode);
  },

  checkSettings(settings, env) {
    const problems = vendorSettingProblems("customerio", settings, env);
    for (const [key, id] of Object.entries((settings.audiences ?? {}) as Record<string, string>)) {
      if (!/^[0-9]+$/.test(String(id))) problems.push(`publish.audiences.${key} must be a Customer.io segment id (a number), not "${id}"`);
    }
    return problems;
  },

  preview(request, environment) {
    // The same refusal publish would give: a dry run never shows requests that could not be sent.
    assertPublishable("customerio", request, (request.settings.audiences ?? {}) as Record<string, string>);
    const base = baseUrl(request, environment.env);
    const planned: PlannedRequest[] = [{ purpose: "find earlier newsletters by name", method: "GET", url: `${base}/v1/newsletters?limit=100&sort=desc`, headers: maskedHeaders("Bearer", false) }];
    for (const variant of request.variants) {
      planned.push({ purpose: `create ${request.mode === "schedule" ? "and schedule " : "the draft for "}${variant.audienceKey}`, method: "POST", url: `${base}/v1/newsletters`, headers: maskedHeaders("Bearer", true), body: newsletterBody(request, variant, request.settings) });
    }
    return planned;
  },
};

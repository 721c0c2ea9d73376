/**
 * What one run has learnt about its endpoint. An endpoint that never answered and keeps refusing
 * connections, or that refuses the credentials, is given up on for the rest of the run: every
 * further call fails at once with one line naming the host, instead of each case retrying it.
 */
import type { ProviderAnswer, ProviderFailure } from "./provider.ts";

/** Consecutive connection failures, with no answer ever received, after which the endpoint is unreachable. */
const UNREACHABLE_AFTER = 3;

export class EndpointHealth {
  readonly host: string;
  private answered = false;
  private failedStreak = 0;
  private downLine: string | undefined;

  constructor(baseURL: string) {
    this.host = endpointHost(baseURL);
  }

  /** The line saying why no call should be made, once the endpoint is given up on. */
  down(): string | undefined {
    return this.downLine;
  }

  record(answer: ProviderAnswer | ProviderFailure): void {
    if (answer.ok || answer.status !== null) {
      this.answered = true;
      this.failedStreak = 0;
    }
    if (answer.ok) return;
    if (answer.error_class === "auth") {
      this.downLine ??= `the model endpoint ${this.host} refused the credentials (HTTP ${answer.status}); check OPENAI_API_KEY`;
      return;
    }
    if (answer.error_class !== "connection" && answer.error_class !== "timeout") return;
    if (answer.status === null && !this.answered) {
      this.failedStreak += 1;
      if (this.failedStreak >= UNREACHABLE_AFTER) {
        const what = answer.error_class === "timeout" ? "no answer before the call's timeout" : answer.reason.replace(/^connection failed: /, "");
        this.downLine ??= `cannot reach the model endpoint ${this.host} (${what}); check OPENAI_BASE_URL`;
      }
    }
  }
}

/** host[:port] and path of a base URL: the endpoint's name in every line and in the cache key. */
export function endpointHost(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return url.host;
  } catch {
    return baseURL.slice(0, 80);
  }
}

/** What identifies an endpoint's answers: host and path, never credentials or query strings. */
export function endpointIdentity(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return baseURL;
  }
}

/**
 * The HTTP every vendor target shares: retries on 429 (the server's Retry-After first) and on 5xx
 * (exponential backoff), a concurrency cap and a minimum spacing per platform, one log line per
 * call without the credential, and errors that say what to do.
 */
import { retryAfterMs } from "../../generate/backoff.ts";

export interface PlatformCall {
  method: "GET" | "POST" | "PUT" | "PATCH";
  /** Path and query below the base URL, e.g. "/v3/marketing/singlesends". */
  path: string;
  body?: unknown;
  /** Statuses that are answers, not failures (e.g. 404 for "not found"). */
  accept?: number[];
}

export interface PlatformResponse {
  status: number;
  json: unknown;
}

export class PublishTargetError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "PublishTargetError";
    this.status = status;
  }
}

/** Shared by every client of one platform in this process: the platform's limits are per account, not per call. */
export class PlatformLimits {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private nextStart = 0;
  constructor(readonly maxConcurrent: number, readonly minIntervalMs: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      const wait = this.nextStart - Date.now();
      this.nextStart = Math.max(Date.now(), this.nextStart) + this.minIntervalMs;
      if (wait > 0) await sleep(wait);
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

export interface PlatformClientOptions {
  platform: string;
  baseUrl: string;
  /** The Authorization header value; never logged, never in an error. */
  authorization: string;
  /** Where the credential came from, for error messages ("SENDGRID_API_KEY"). */
  credentialName: string;
  limits: PlatformLimits;
  fetch?: typeof fetch;
  log?: (line: string) => void;
  /** Attempts per call (first try included). */
  attempts?: number;
  backoffBaseMs?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The platform's own error text, shortened; bodies never carry our credential, but cap them anyway. */
function platformMessage(json: unknown): string {
  const text = typeof json === "string" ? json : JSON.stringify(json ?? "");
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export class PlatformClient {
  constructor(private readonly options: PlatformClientOptions) {}

  async request(call: PlatformCall): Promise<PlatformResponse> {
    const { platform, attempts = 5, backoffBaseMs = 500 } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      const response = await this.options.limits.run(() => this.send(call));
      const { status } = response;
      this.options.log?.(`${platform}: ${call.method} ${call.path.split("?")[0]} → ${status}`);
      if (status < 300 || call.accept?.includes(status)) return { status, json: await readJson(response) };
      const body = await readJson(response);
      if (status === 401 || status === 403) {
        throw new PublishTargetError(`${platform} refused the credential in ${this.options.credentialName} (${status}); check the key and its permissions. Nothing was published by this call.`, status);
      }
      const retryable = status === 429 || status >= 500;
      if (!retryable || attempt >= attempts) {
        const why = retryable ? ` after ${attempt} attempts` : "";
        throw new PublishTargetError(`${platform} answered ${status} to ${call.method} ${call.path.split("?")[0]}${why}: ${platformMessage(body)}`, status);
      }
      const told = status === 429 ? retryAfterMs(response.headers) : undefined;
      await sleep(told ?? backoffBaseMs * 2 ** (attempt - 1));
    }
  }

  private send(call: PlatformCall): Promise<Response> {
    const doFetch = this.options.fetch ?? fetch;
    const headers: Record<string, string> = { authorization: this.options.authorization, accept: "application/json" };
    if (call.body !== undefined) headers["content-type"] = "application/json";
    return doFetch(`${this.options.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }).catch((error: Error) => {
      throw new PublishTargetError(`${this.options.platform}: cannot reach ${new URL(this.options.baseUrl).host}: ${error.message}`);
    });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

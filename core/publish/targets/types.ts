/**
 * The contract between the publish reconcile (core/publish) and each publish target adapter
 * (core/publish/targets/<name>.ts, one file each, one line in the typed registry).
 *
 * None of the email platforms offers idempotency keys, so every adapter names what it creates with
 * the ledger key and searches for that name before creating: a crash between the platform call
 * and the ledger record is recovered by finding, never by creating twice.
 */

/** One variant exactly as it will be sent: the approved bytes, never a regeneration. */
export interface PublishVariant {
  /** "personalized:admin", "generic", … (drafts.json variants[].audience.key). */
  audienceKey: string;
  subject: string;
  previewText: string;
  /** Plain-text part. */
  text: string;
  /** Rendered HTML part, when the campaign renders email (core/render). */
  html?: string;
  /** The approved content as committed in drafts.json. */
  content: Record<string, unknown>;
}

export interface PublishRequest {
  campaign: string;
  /** drafts.json content_hash (`sha256:<hex>`). */
  contentHash: string;
  /** `copygate:<campaign>:<hash12>`, the name/tag of everything the adapter creates. */
  ledgerKey: string;
  /** `draft` creates content in the platform without sending; `schedule` schedules it. */
  mode: "draft" | "schedule";
  /** ISO time for `schedule` mode. */
  sendAt?: string;
  variants: PublishVariant[];
  /** The campaign's `publish` block as written in campaign.yaml (target-specific settings). */
  settings: Record<string, unknown>;
}

export interface PublishResult {
  /** The platform's id of what was created or found (one per request; adapters that create one object per variant join them). */
  platformId: string;
  /** A link a person can open (environment_url of the deployment). */
  url?: string;
  /** false when the content was found already in the platform (recovery), true when this call created it. */
  created: boolean;
  mode: "draft" | "schedule";
}

export interface TargetEnvironment {
  /** Process environment (credentials are read from the variables the campaign's publish block names). */
  env: Record<string, string | undefined>;
  /** Repository root (the outbox writes below it unless configured otherwise). */
  root: string;
  /** Injected for tests and for redaction-aware logging; defaults to global fetch. */
  fetch?: typeof fetch;
  /** One line a step, never a secret. */
  log?: (line: string) => void;
}

export interface PublishTarget {
  readonly name: string;
  /** Find content created earlier under this ledger key; null when there is none. */
  find(request: PublishRequest, environment: TargetEnvironment): Promise<PublishResult | null>;
  /** Search, then create (and schedule in `schedule` mode). Must be safe to call again after a crash. */
  publish(request: PublishRequest, environment: TargetEnvironment): Promise<PublishResult>;
  /** Env variables and settings this target needs, for `copygate validate` (problems as sentences; [] when fine). */
  checkSettings?(settings: Record<string, unknown>, env: Record<string, string | undefined>): string[];
  /**
   * The HTTP requests publish would make when nothing exists yet (searches, creates, schedules), with
   * credentials masked: what `copygate publish --dry-run` prints. Makes no request itself.
   */
  preview?(request: PublishRequest, environment: TargetEnvironment): PlannedRequest[];
}

/** One request a target would send; `headers.authorization` is always masked. */
export interface PlannedRequest {
  /** Why, in a few words: "find by name", "create the draft for generic", "schedule". */
  purpose: string;
  method: "GET" | "POST" | "PUT" | "PATCH";
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** `copygate:<campaign>:<first 12 hex of the content hash>` */
export function ledgerKey(campaign: string, contentHash: string): string {
  return `copygate:${campaign}:${contentHash.replace(/^sha256:/, "").slice(0, 12)}`;
}

import type { Channel, ChannelKind, CheckResult, Offer, Policies } from "../model/index.ts";

/** Everything a check may consult besides the draft itself: the campaign's channel, policies and brief. */
export interface CheckContext {
  channel: Channel;
  policies: Policies;
  /** The workflow's output schema (JSON Schema) from the prompt version the campaign pins. */
  outputSchema: object;
  offer?: Offer;
  brief: {
    cta_text: string;
    /** The one link the brief asks for; other links must be on the legal allowlist. */
    cta_url?: string;
    /** Approved-claim ids (or claim texts) this brief may use. */
    claims: string[];
    /** ISO dates (YYYY-MM-DD) the copy may name, e.g. the offer's expiry. */
    allowed_dates: string[];
    /** Relative deadlines the copy may state, e.g. "3 days" for a trial ending in 3 days. */
    allowed_windows?: string[];
    /** Brief text (goal, key message) whose numbers and facts the copy may restate. */
    facts?: string[];
  };
  /** Trusted audience data the copy may restate, e.g. the cohort's usage summary. */
  audienceFacts?: string[];
  /** CRM free text that must never be obeyed. */
  untrustedText?: string[];
  /** Values from a personal-data source (recipients' e-mails, names, ids) that must never reach copy. */
  personalData?: string[];
}

export type { CheckId } from "./check-ids.ts";

/** What a check's run returns; the runner adds id, label and owner from the registry entry. */
export type CheckOutcome = Pick<CheckResult, "status" | "message" | "evidence">;

export interface Check {
  label: string;
  /** Which policy the check enforces; decides the risk level when it does not pass. */
  owner: "legal" | "brand" | "claims" | "channel" | "schema" | "safety";
  /** Channels the check applies to; "all" for content checks. */
  channels: ChannelKind[] | "all";
  run(draft: Record<string, unknown>, ctx: CheckContext): CheckOutcome;
}

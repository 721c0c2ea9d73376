import type { Campaign } from "../../model/index.ts";
import { toEpochMs } from "../sources/index.ts";
import type { SourceRow } from "../sources/index.ts";

/** The column that identifies a recipient in the segment and joins it to per-recipient sources. */
export const RECIPIENT_KEY = "user_id";
const DAY_MS = 86_400_000;

export interface ScreenedAudience {
  /** Recipients who consented and whose row agrees with the segment. */
  eligible: SourceRow[];
  /** How many rows were left out, by reason. Counts only: who they were never leaves this module. */
  excluded: Record<string, number>;
}

/**
 * Consent first, then the segment's own promise: a row that contradicts `audience.expect`
 * (upgraded after the export, trial not ending in the window) is uncertain, and uncertain
 * recipients are excluded instead of guessed about.
 */
export function screenRecipients(campaign: Campaign, rows: SourceRow[], now: Date): ScreenedAudience {
  const excluded: Record<string, number> = {};
  const exclude = (reason: string) => (excluded[reason] = (excluded[reason] ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = recipientId(row);
    if (id !== null) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const eligible: SourceRow[] = [];
  for (const row of rows) {
    const id = recipientId(row);
    const reason =
      id === null ? "missing_user_id"
      : (seen.get(id) ?? 0) > 1 ? "duplicate_recipient"
      : consentReason(row.consent) ?? contradiction(row, campaign.audience?.expect ?? {}, now);
    if (reason) exclude(reason);
    else eligible.push(row);
  }
  return { eligible, excluded };
}

export function recipientId(row: SourceRow): string | null {
  const id = row[RECIPIENT_KEY];
  return (typeof id === "string" && id.trim() !== "") || typeof id === "number" ? String(id) : null;
}

/** Only an explicit opt-in counts: anything else (opted_out, unknown, blank, a typo) is excluded. */
function consentReason(consent: unknown): string | null {
  if (consent === "opted_in") return null;
  return consent === "opted_out" ? "opted_out" : "consent_unknown";
}

/**
 * `expect` keys: `<field>_within_days: N` means `<field>_at` lies after now and at most N days ahead;
 * any other key must equal the row's field.
 */
function contradiction(row: SourceRow, expect: Record<string, unknown>, now: Date): string | null {
  for (const [key, expected] of Object.entries(expect)) {
    const window = /^(.+)_within_days$/.exec(key);
    if (window) {
      const field = `${window[1]}_at`;
      const at = toEpochMs(row[field]);
      const horizon = now.getTime() + Number(expected) * DAY_MS;
      if (at === null || at <= now.getTime() || at > horizon) return `contradicts_${field}`;
    } else if (row[key] !== expected) {
      return `contradicts_${key}`;
    }
  }
  return null;
}

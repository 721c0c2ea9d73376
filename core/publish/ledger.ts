/**
 * The publish ledger: one entry per (campaign, content hash), each a chain of records. Claiming an
 * entry is atomic across processes (the store refuses an entry that exists), and every later record
 * is a compare-and-swap on the entry's head, so two replicas never both act on one merge.
 * The GitHub store keeps each entry as the ref `refs/copygate/published/<campaign>/<hash12>`.
 */
import { ledgerKey } from "./targets/types.ts";

export type LedgerState = "claimed" | "published" | "failed";

export interface LedgerRecord {
  state: LedgerState;
  campaign: string;
  /** The campaign's folder in the repository (its id need not be the folder name). */
  campaign_dir?: string;
  content_hash: string;
  ledger_key: string;
  target: string;
  /** What was asked of the target: "draft" also when a final gate holds back a schedule. */
  mode: "draft" | "schedule";
  /** The default-branch commit whose content this record publishes. */
  merge_commit: string;
  pull_request: number | null;
  at: string;
  /** The webhook delivery or run that wrote the record (never a secret). */
  by: string;
  platform_id?: string;
  url?: string;
  deployment_id?: number;
  /** Set when this publish returns to content published before: the hash it replaces. */
  rollback_from?: string;
  /** With rollback_from: the pull request that first published this content. */
  published_from?: number | null;
  /** Set when a final gate held a schedule back: the group whose `/copygate schedule` releases it. */
  gate_group?: string;
  reason?: string;
}

export interface LedgerEntry {
  /** Opaque head of the entry (the ledger commit); the expected value of the next append. */
  head: string;
  record: LedgerRecord;
}

export interface Ledger {
  read(campaign: string, contentHash: string): Promise<LedgerEntry | null>;
  /** Every entry of a campaign, in no particular order. */
  list(campaign: string): Promise<LedgerEntry[]>;
  /** Creates the entry; null when it exists already (another delivery or replica claimed it). */
  claim(record: LedgerRecord): Promise<LedgerEntry | null>;
  /** Appends when the head is still `expectedHead`; null when another writer moved it. */
  append(expectedHead: string, record: LedgerRecord): Promise<LedgerEntry | null>;
}

/** `copygate/published/<campaign>/<hash12>` (the ref name below `refs/`). */
export function ledgerRefName(campaign: string, contentHash: string): string {
  return `copygate/published/${campaign}/${ledgerKey(campaign, contentHash).split(":").at(-1)}`;
}

const MESSAGE_PREFIX = "copygate ledger:";

/** A ledger commit's message: a readable first line, then the record as JSON. */
export function encodeRecord(record: LedgerRecord): string {
  return `${MESSAGE_PREFIX} ${record.state} ${record.ledger_key} from ${record.merge_commit.slice(0, 7)}\n\n${JSON.stringify(record, null, 2)}\n`;
}

export function decodeRecord(message: string): LedgerRecord | null {
  if (!message.startsWith(MESSAGE_PREFIX)) return null;
  const json = message.slice(message.indexOf("\n\n") + 2);
  try {
    const record = JSON.parse(json) as LedgerRecord;
    return typeof record.campaign === "string" && typeof record.content_hash === "string" ? record : null;
  } catch {
    return null;
  }
}

/** The content live for a campaign: the entry whose latest record is the newest publish. */
export function liveEntry(entries: LedgerEntry[]): LedgerEntry | null {
  const published = entries.filter((e) => e.record.state === "published");
  published.sort((a, b) => b.record.at.localeCompare(a.record.at));
  return published[0] ?? null;
}

/** A ledger in memory, for unit tests and dry runs; atomic within one process. */
export function memoryLedger(): Ledger & { entries: Map<string, LedgerRecord[]> } {
  const entries = new Map<string, LedgerRecord[]>();
  const key = (campaign: string, hash: string) => ledgerRefName(campaign, hash);
  const entryOf = (chain: LedgerRecord[]): LedgerEntry => ({ head: String(chain.length), record: chain.at(-1) as LedgerRecord });
  return {
    entries,
    async read(campaign, hash) {
      const chain = entries.get(key(campaign, hash));
      return chain ? entryOf(chain) : null;
    },
    async list(campaign) {
      return [...entries.entries()].filter(([k]) => k.startsWith(`copygate/published/${campaign}/`)).map(([, chain]) => entryOf(chain));
    },
    async claim(record) {
      const k = key(record.campaign, record.content_hash);
      if (entries.has(k)) return null;
      entries.set(k, [record]);
      return entryOf(entries.get(k) as LedgerRecord[]);
    },
    async append(expectedHead, record) {
      const chain = entries.get(key(record.campaign, record.content_hash));
      if (!chain || String(chain.length) !== expectedHead) return null;
      chain.push(record);
      return entryOf(chain);
    },
  };
}

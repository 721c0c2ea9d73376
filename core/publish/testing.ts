/** Fixtures shared by the publish tests: the example campaign and a draft the final gate held for it. */
import type { LedgerRecord } from "./ledger.ts";

export const CAMPAIGN = "campaigns/trial-expiration-3d";
export const MERGE = "a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0";

/** The ledger record of the example campaign's drafts (hashing to `contentHash`), held for legal at MERGE. */
export function heldRecord(contentHash: string, over: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    state: "published", campaign: "trial-expiration-3d", campaign_dir: CAMPAIGN, content_hash: contentHash, ledger_key: "copygate:trial-expiration-3d:abc",
    target: "outbox", mode: "draft", merge_commit: MERGE, pull_request: 5, at: "2026-11-20T08:00:00.000Z", by: "delivery-1", platform_id: "draft-1",
    deployment_id: 7, gate_group: "legal", ...over,
  };
}

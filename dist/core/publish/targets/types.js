/**
 * The contract between the publish reconcile (core/publish) and each publish target adapter
 * (core/publish/targets/<name>.ts, one file each, one line in the typed registry).
 *
 * None of the email platforms offers idempotency keys, so every adapter names what it creates with
 * the ledger key and searches for that name before creating: a crash between the platform call
 * and the ledger record is recovered by finding, never by creating twice.
 */
/** `copygate:<campaign>:<first 12 hex of the content hash>` */
export function ledgerKey(campaign, contentHash) {
    return `copygate:${campaign}:${contentHash.replace(/^sha256:/, "").slice(0, 12)}`;
}

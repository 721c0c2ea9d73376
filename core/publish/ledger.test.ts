import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, ledgerRefName, liveEntry, memoryLedger, type LedgerRecord } from "./ledger.ts";

const record = (over: Partial<LedgerRecord> = {}): LedgerRecord => ({
  state: "claimed", campaign: "trial-expiration-3d", content_hash: `sha256:${"ab".repeat(32)}`, ledger_key: `copygate:trial-expiration-3d:${"ab".repeat(6)}`,
  target: "outbox", mode: "draft", merge_commit: "c".repeat(40), pull_request: 5, at: "2026-11-20T08:30:00.000Z", by: "delivery d-1", ...over,
});

describe("the publish ledger", () => {
  it("names an entry by campaign and the first 12 hex of the content hash", () => {
    expect(ledgerRefName("trial-expiration-3d", `sha256:${"ab".repeat(32)}`)).toBe("copygate/published/trial-expiration-3d/abababababab");
  });

  it("keeps a record in a commit message: a readable first line, then JSON that decodes to the same record", () => {
    const text = encodeRecord(record());
    expect(text.split("\n")[0]).toBe("copygate ledger: claimed copygate:trial-expiration-3d:abababababab from ccccccc");
    expect(decodeRecord(text)).toEqual(record());
    expect(decodeRecord("Merge pull request #5")).toBeNull();
    expect(decodeRecord("copygate ledger: claimed x\n\n{not json")).toBeNull();
  });

  it("claims an entry once, and appends only on the head it read", async () => {
    const ledger = memoryLedger();
    const claimed = await ledger.claim(record());
    expect(claimed).not.toBeNull();
    expect(await ledger.claim(record({ by: "delivery d-2" }))).toBeNull();
    const published = await ledger.append(claimed?.head as string, record({ state: "published" }));
    expect(published?.record.state).toBe("published");
    expect(await ledger.append(claimed?.head as string, record({ state: "failed" }))).toBeNull();
    expect((await ledger.read("trial-expiration-3d", record().content_hash))?.record.state).toBe("published");
  });

  it("the live content is the newest published entry", () => {
    const older = { head: "1", record: record({ state: "published", content_hash: "sha256:1", at: "2026-11-20T08:00:00.000Z" }) };
    const newer = { head: "2", record: record({ state: "published", content_hash: "sha256:2", at: "2026-11-20T09:00:00.000Z" }) };
    const failed = { head: "3", record: record({ state: "failed", content_hash: "sha256:3", at: "2026-11-20T10:00:00.000Z" }) };
    expect(liveEntry([older, newer, failed])?.record.content_hash).toBe("sha256:2");
    expect(liveEntry([failed])).toBeNull();
  });

  it("reads no record from a ledger message whose JSON lacks the campaign or the content hash", () => {
    const withoutCampaign = encodeRecord(record()).replace('"campaign": "trial-expiration-3d",', "");
    const withoutHash = encodeRecord(record()).replace(/"content_hash": "[^"]+",/, '"content_hash": 7,');
    expect(decodeRecord(withoutCampaign)).toBeNull();
    expect(decodeRecord(withoutHash)).toBeNull();
  });

  it("reads no record from a commit that is not a ledger commit, even one that quotes a record's JSON", () => {
    expect(decodeRecord(`Quoting the ledger\n\n${JSON.stringify(record(), null, 2)}\n`)).toBeNull();
    expect(decodeRecord(` ${encodeRecord(record())}`)).toBeNull();
  });

  it("lists a campaign's entries only, not those of a campaign whose name starts the same", async () => {
    const ledger = memoryLedger();
    await ledger.claim(record({ campaign: "trial", content_hash: "sha256:1" }));
    await ledger.claim(record({ content_hash: "sha256:2" }));
    await ledger.claim(record({ content_hash: "sha256:3" }));
    expect((await ledger.list("trial")).map((e) => e.record.content_hash)).toEqual(["sha256:1"]);
    expect((await ledger.list("trial-expiration-3d")).map((e) => e.record.content_hash).sort()).toEqual(["sha256:2", "sha256:3"]);
  });

  it("appends to no entry that was never claimed", async () => {
    expect(await memoryLedger().append("1", record({ state: "published" }))).toBeNull();
    expect(await memoryLedger().read("trial-expiration-3d", record().content_hash)).toBeNull();
  });
});

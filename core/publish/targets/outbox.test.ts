import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxTarget } from "./outbox.ts";
import { ledgerKey, type PublishRequest } from "./types.ts";

let root = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "copygate-outbox-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const HASH = `sha256:${"0123456789ab".repeat(5)}cdef`;
const request = (over: Partial<PublishRequest> = {}): PublishRequest => ({
  campaign: "trial-expiration-3d", contentHash: HASH, ledgerKey: ledgerKey("trial-expiration-3d", HASH), mode: "draft", settings: { target: "outbox", mode: "draft" },
  variants: [{ audienceKey: "generic", subject: "Keep what you built", previewText: "Upgrading keeps your dashboards.", text: "Hi there", content: { subject_lines: ["Keep what you built"] } }],
  ...over,
});
const env = () => ({ env: {}, root });
const dir = () => join(root, ".copygate/outbox/trial-expiration-3d");

describe("the outbox target", () => {
  it("writes one file named by the ledger key, and finds it instead of writing it again", async () => {
    expect(await outboxTarget.find(request(), env())).toBeNull();
    const first = await outboxTarget.publish(request(), env());
    expect(first).toEqual({ platformId: "outbox:copygate:trial-expiration-3d:0123456789ab", url: `file://${join(dir(), "0123456789ab.json")}`, created: true, mode: "draft" });
    const again = await outboxTarget.publish(request(), env());
    expect(again.created).toBe(false);
    expect(await readdir(dir())).toEqual(["0123456789ab.json"]);
    expect(JSON.parse(await readFile(join(dir(), "0123456789ab.json"), "utf8"))).toEqual({
      ledger_key: "copygate:trial-expiration-3d:0123456789ab", campaign: "trial-expiration-3d", content_hash: HASH, mode: "draft", send_at: null, variants: request().variants,
    });
  });

  it("creates once when ten publishes race", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => outboxTarget.publish(request(), env())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await readdir(dir())).toEqual(["0123456789ab.json"]);
  });

  it("schedules a draft it finds when asked to schedule, and never turns a schedule back into a draft", async () => {
    await outboxTarget.publish(request(), env());
    const scheduled = await outboxTarget.publish(request({ mode: "schedule", sendAt: "2026-12-01T09:00:00Z" }), env());
    expect(scheduled).toMatchObject({ mode: "schedule", created: false });
    expect(JSON.parse(await readFile(join(dir(), "0123456789ab.json"), "utf8"))).toMatchObject({ mode: "schedule", send_at: "2026-12-01T09:00:00Z" });
    expect((await outboxTarget.publish(request(), env())).mode).toBe("schedule");
  });

  it("writes where publish.outbox_dir or COPYGATE_OUTBOX_DIR says", async () => {
    await outboxTarget.publish(request({ settings: { outbox_dir: "out" } }), env());
    await outboxTarget.publish(request({ campaign: "other" }), { env: { COPYGATE_OUTBOX_DIR: join(root, "elsewhere") }, root });
    expect(await readdir(join(root, "out/trial-expiration-3d"))).toEqual(["0123456789ab.json"]);
    expect(await readdir(join(root, "elsewhere/other"))).toEqual(["0123456789ab.json"]);
  });
});

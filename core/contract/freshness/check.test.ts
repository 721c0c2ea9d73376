import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Campaign } from "../../model/index.ts";
import { demoClock } from "../clock.ts";
import { tempRepo } from "../testing/tempRepo.ts";
import type { TempRepo } from "../testing/tempRepo.ts";
import { checkFreshness } from "./check.ts";

const HOUR = 3_600_000;
const SEGMENT = "datasets/snapshots/seg_trial_ending_3_days.jsonl";
const USAGE = "datasets/snapshots/product_usage.csv";

describe("checkFreshness on the trial-expiration campaign", () => {
  let repo: TempRepo;
  let now: Date;
  beforeEach(async () => {
    repo = await tempRepo();
    now = await demoClock(repo.root);
  });
  afterEach(() => repo.cleanup());
  const check = (campaign: Campaign = repo.campaign, at: Date = now) => checkFreshness({ root: repo.root, campaign, now: at, runId: "run_test" });
  const core = (v: { source: string; max_age_hours: number | null; actual_age_hours: number | null; status: string }) =>
    [v.source, v.max_age_hours, v.actual_age_hours, v.status];

  it("sends the 12 percent of recipients with stale or missing usage to the generic variant at the demo clock", async () => {
    const { report, snapshots } = await check();
    expect(report.decision).toBe("proceed_with_generic_variant");
    expect(Object.fromEntries(Object.entries(report.required_inputs).map(([k, v]) => [k, core(v)]))).toEqual({
      audience_segment: ["cdp", 24, 3, "pass"],
      product_usage: ["product_usage", 6, 2, "warn"],
      approved_claims: ["claims_v14", null, 1592.5, "pass"],
      legal_restrictions: ["legal_v9", null, 1592.5, "pass"],
      brand_rules: ["brand_v6", 2160, 1184.5, "pass"],
    });
    expect(report.required_inputs.product_usage!.stale_recipients).toBe(40);
    expect(report.notes).toEqual(["Product usage data is stale for 12 percent of recipients", "40 of 331 eligible recipients get the generic variant"]);
    expect(Object.keys(snapshots)).toEqual(expect.arrayContaining(["audience_segment", "product_usage"]));
    expect(snapshots.audience_segment!.rows).toHaveLength(400);
  });

  it("proceeds when every eligible recipient's usage row is fresh", async () => {
    const segment = (await readFile(join(repo.root, SEGMENT), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { user_id: string });
    const fresh = new Date(now.getTime() - HOUR).toISOString();
    await repo.write(USAGE, ["user_id,dashboards_created,queries_run,teammates_invited,last_active_at,updated_at", ...segment.map((r) => `${r.user_id},1,2,0,${fresh},${fresh}`)].join("\n"));
    const { report } = await check();
    expect(report.decision).toBe("proceed");
    expect(report.required_inputs.product_usage).toMatchObject({ status: "pass", actual_age_hours: 1, stale_recipients: 0 });
    expect(report.notes).toEqual([]);
  });

  it("stops before generation when the segment is older than 24 hours", async () => {
    const { report } = await check(repo.campaign, new Date(now.getTime() + 22 * HOUR));
    expect(report.decision).toBe("stop_before_generation");
    expect(core(report.required_inputs.audience_segment!)).toEqual(["cdp", 24, 25, "error"]);
    expect(report.notes[0]).toBe('audience_segment: source "cdp" is 25 hours old, over its error_after limit of 24 hours');
  });

  it("stops when the segment cannot be read, marking it runtime_error", async () => {
    await repo.remove(SEGMENT);
    const { report } = await check();
    expect(report.decision).toBe("stop_before_generation");
    expect(core(report.required_inputs.audience_segment!)).toEqual(["cdp", 24, null, "runtime_error"]);
    expect(report.notes[0]).toBe(`audience_segment: cannot read source "cdp": source "cdp": cannot read ${SEGMENT}`);
  });

  it("stops when the segment has no rows, since its age is unknown", async () => {
    await repo.write(SEGMENT, "");
    const { report } = await check();
    expect(report.decision).toBe("stop_before_generation");
    expect(report.required_inputs.audience_segment!.status).toBe("error");
    expect(report.notes[0]).toBe('audience_segment: source "cdp" has no rows with a valid updated_at, so its age is unknown');
  });

  it("gives every recipient the generic variant when the optional usage source cannot be read", async () => {
    await repo.remove(USAGE);
    const { report } = await check();
    expect(report.decision).toBe("proceed_with_generic_variant");
    expect(report.required_inputs.product_usage).toMatchObject({ status: "runtime_error", stale_recipients: 331 });
    expect(report.notes.slice(1)).toEqual(["Product usage data is stale for 100 percent of recipients", "331 of 331 eligible recipients get the generic variant"]);
  });

  it("stops when a required usage source cannot be read, whatever its failure behaviour", async () => {
    await repo.remove(USAGE);
    repo.campaign.contract.product_usage = { ...repo.campaign.contract.product_usage!, required: true } as Campaign["contract"][string];
    expect((await check()).report.decision).toBe("stop_before_generation");
  });

  it("stops when a newer approved claims version exists than the one the campaign pins", async () => {
    const claims = await readFile(join(repo.root, "policies/claims/claims_v14.yaml"), "utf8");
    await repo.write("policies/claims/claims_v15.yaml", claims.replace("version: claims_v14", "version: claims_v15"));
    const { report } = await check();
    expect(report.decision).toBe("stop_before_generation");
    expect(report.required_inputs.approved_claims).toMatchObject({ status: "error", version: "claims_v14", latest_version: "claims_v15" });
    expect(report.notes[0]).toBe("approved_claims: the campaign pins claims_v14 but claims_v15 is the latest approved version: update policies.approved_claims");
  });

  it("ignores a newer version that is still a draft", async () => {
    const claims = await readFile(join(repo.root, "policies/claims/claims_v14.yaml"), "utf8");
    await repo.write("policies/claims/claims_v15.yaml", claims.replace("status: approved", "status: draft"));
    const { report } = await check();
    expect(report.required_inputs.approved_claims).toMatchObject({ status: "pass", latest_version: "claims_v14" });
  });

  it("stops when the pinned legal version does not exist", async () => {
    const campaign = { ...repo.campaign, policies: { ...repo.campaign.policies, legal_restrictions: "legal_v99" } };
    const { report } = await check(campaign);
    expect(report.decision).toBe("stop_before_generation");
    expect(core(report.required_inputs.legal_restrictions!)).toEqual(["legal_v99", null, null, "runtime_error"]);
    expect(report.notes[0]).toMatch(/^legal_restrictions: cannot read policy legal_v99: policies\/legal\/legal_v99\.yaml:1:1: cannot read/);
  });

  it("routes to review when the brand rules were last reviewed more than 90 days ago, keeping the usage notes", async () => {
    const brand = await readFile(join(repo.root, "policies/brand/brand_v6.yaml"), "utf8");
    await repo.write("policies/brand/brand_v6.yaml", brand.replace("last_reviewed_at: 2026-10-02", "last_reviewed_at: 2026-07-01"));
    const { report } = await check();
    expect(report.decision).toBe("route_to_review");
    expect(core(report.required_inputs.brand_rules!)).toEqual(["brand_v6", 2160, 3416.5, "warn"]);
    expect(report.notes).toEqual([
      "brand_rules: brand_v6 was last reviewed 142 days ago, over its warn_after limit of 90 days",
      "Product usage data is stale for 12 percent of recipients",
      "40 of 331 eligible recipients get the generic variant",
    ]);
  });

  it("lets a stop outrank a review, and keeps every note", async () => {
    const brand = await readFile(join(repo.root, "policies/brand/brand_v6.yaml"), "utf8");
    await repo.write("policies/brand/brand_v6.yaml", brand.replace("last_reviewed_at: 2026-10-02", "last_reviewed_at: 2026-07-01"));
    const { report } = await check(repo.campaign, new Date(now.getTime() + 22 * HOUR));
    expect(report.decision).toBe("stop_before_generation");
    expect(report.notes.map((n) => n.split(":")[0])).toEqual(["audience_segment", "product_usage", "brand_rules", "Product usage data is stale for 100 percent of recipients", "331 of 331 eligible recipients get the generic variant"]);
  });

  it("only warns when a stop input passes warn_after but not error_after", async () => {
    const campaign = structuredClone(repo.campaign);
    campaign.contract.audience_segment!.freshness = { warn_after: { count: 2, period: "hour" }, error_after: { count: 24, period: "hour" } };
    const { report } = await check(campaign);
    expect(report.required_inputs.audience_segment!.status).toBe("warn");
    expect(report.decision).toBe("proceed_with_generic_variant");
    expect(report.notes[0]).toBe('audience_segment: source "cdp" is 3 hours old, over its warn_after limit of 2 hours');
  });

  it("warns that the clock is wrong when the newest row is in its future", async () => {
    const { report } = await check(repo.campaign, new Date(now.getTime() - 4 * HOUR));
    expect(report.required_inputs.audience_segment!.status).toBe("warn");
    expect(report.notes[0]).toBe("audience_segment: the newest updated_at is 1 hours after the clock (2026-11-20T04:30:00.000Z): check --now");
  });
});

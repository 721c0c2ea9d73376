import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Campaign } from "../../model/index.ts";
import { demoClock } from "../clock.ts";
import { checkFreshness } from "../freshness/index.ts";
import { tempRepo } from "../testing/tempRepo.ts";
import type { TempRepo } from "../testing/tempRepo.ts";
import { MIN_COHORT_SIZE, partitionAudience } from "./partition.ts";

describe("partitionAudience on the embedded trial-expiration snapshots", () => {
  let repo: TempRepo;
  let now: Date;
  beforeEach(async () => {
    repo = await tempRepo();
    now = await demoClock(repo.root);
  });
  afterEach(() => repo.cleanup());
  const partition = async (campaign: Campaign = repo.campaign) => {
    const { report, snapshots } = await checkFreshness({ root: repo.root, campaign, now, runId: "run_test" });
    return partitionAudience({ campaign, snapshots, now, report });
  };

  it("excludes no-consent and contradicting recipients and splits the rest into role cohorts and one generic cohort", async () => {
    const { cohorts, counts } = await partition();
    expect(counts).toEqual({
      personalized: 291,
      generic: 40,
      excluded: 69,
      excluded_reasons: { consent_unknown: 25, contradicts_plan_name: 5, contradicts_trial_ends_at: 4, opted_out: 35 },
    });
    expect(cohorts).toEqual([
      { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 66, usage_summary: "median 6 dashboards created, 45 queries run, 3 teammates invited" },
      { key: "personalized:analyst", variant: "personalized", role: "analyst", plan_name: "Team trial", recipients: 135, usage_summary: "median 9 dashboards created, 88 queries run, 1 teammate invited" },
      { key: "personalized:viewer", variant: "personalized", role: "viewer", plan_name: "Team trial", recipients: 90, usage_summary: "median 2 dashboards created, 8 queries run, 0 teammates invited" },
      { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 40 },
    ]);
  });

  it("agrees with the freshness report on how many recipients get the generic variant", async () => {
    const { report, snapshots } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now, runId: "run_test" });
    const { counts } = partitionAudience({ campaign: repo.campaign, snapshots, now, report });
    expect(counts.generic).toBe(report.required_inputs.product_usage!.stale_recipients);
  });

  it("excludes recipients with stale usage when the campaign has no generic variant", async () => {
    const { cohorts, counts } = await partition({ ...repo.campaign, variants: { by: "role", generic: false } });
    expect(counts.generic).toBe(0);
    expect(counts.excluded_reasons.stale_usage).toBe(40);
    expect(cohorts.map((c) => c.key)).toEqual(["personalized:admin", "personalized:analyst", "personalized:viewer"]);
  });

  it("makes one personalised cohort when the campaign does not split by a field", async () => {
    const { cohorts } = await partition({ ...repo.campaign, variants: { generic: true } });
    expect(cohorts.map((c) => [c.key, c.recipients])).toEqual([["personalized", 291], ["generic", 40]]);
  });

  /** A fresh, consenting audience with one recipient per role given. */
  async function writeAudience(roles: unknown[], planName: unknown = "Team trial") {
    const fresh = new Date(now.getTime() - 3_600_000).toISOString();
    const rows = roles.map((role, i) => ({
      user_id: `usr_${i}`,
      role,
      plan_name: planName,
      trial_ends_at: new Date(now.getTime() + 48 * 3_600_000).toISOString(),
      consent: "opted_in",
      updated_at: fresh,
    }));
    await repo.write("datasets/snapshots/seg_trial_ending_3_days.jsonl", rows.map((r) => JSON.stringify(r)).join("\n"));
    await repo.write("datasets/snapshots/product_usage.csv", ["user_id,queries_run,updated_at", ...rows.map((r, i) => `${r.user_id},${i},${fresh}`)].join("\n"));
  }

  it("folds a cohort smaller than the minimum into the generic cohort, so no aggregate describes a handful of people", async () => {
    await writeAudience(["owner", ...Array<string>(MIN_COHORT_SIZE).fill("admin")]);
    const { cohorts, counts } = await partition();
    expect(cohorts).toEqual([
      { key: "personalized:admin", variant: "personalized", role: "admin", plan_name: "Team trial", recipients: 5, usage_summary: "median 3 queries run" },
      { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 1 },
    ]);
    expect(counts).toMatchObject({ personalized: 5, generic: 1, excluded: 0 });
  });

  it("personalises a cohort of exactly five and sends a cohort of four to the generic variant", async () => {
    expect(MIN_COHORT_SIZE).toBe(5);
    await writeAudience([...Array<string>(5).fill("admin"), ...Array<string>(4).fill("analyst")]);
    const { cohorts, counts } = await partition();
    expect(cohorts.map((c) => [c.key, c.recipients])).toEqual([["personalized:admin", 5], ["generic", 4]]);
    expect(counts).toMatchObject({ personalized: 5, generic: 4, excluded: 0 });
  });

  it("sends five recipients of a role the segment does not declare to the generic variant, not to a cohort of their own", async () => {
    await writeAudience([...Array<string>(5).fill("admin"), ...Array<string>(5).fill("owner")]);
    const { cohorts } = await partition();
    expect(cohorts.map((c) => [c.key, c.recipients])).toEqual([["personalized:admin", 5], ["generic", 5]]);
  });

  it("excludes nobody for stale usage when no usage is stale, even without a generic variant", async () => {
    await writeAudience(Array<string>(5).fill("admin"));
    const { counts } = await partition({ ...repo.campaign, variants: { by: "role", generic: false } });
    expect(counts).toEqual({ personalized: 5, generic: 0, excluded: 0, excluded_reasons: {} });
  });

  it("lists the reasons for exclusion in alphabetical order", async () => {
    const { counts } = await partition();
    expect(Object.keys(counts.excluded_reasons)).toEqual(["consent_unknown", "contradicts_plan_name", "contradicts_trial_ends_at", "opted_out"]);
  });

  it("judges recipients by usage only through inputs whose failure sends them to the generic variant", async () => {
    const usage = repo.campaign.contract!.product_usage!;
    const { cohorts, counts } = await partition({ ...repo.campaign, contract: { ...repo.campaign.contract, product_usage: { ...usage, on_failure: "review" } } as Campaign["contract"] });
    expect(counts).toMatchObject({ personalized: 331, generic: 0 });
    // No usage input: the cohorts carry no usage summary.
    expect(cohorts.map((c) => [c.key, c.recipients, c.usage_summary])).toEqual([
      ["personalized:admin", 79, undefined],
      ["personalized:analyst", 151, undefined],
      ["personalized:viewer", 101, undefined],
    ]);
  });

  it("never judges the segment itself per recipient, even when it falls back to the generic variant", async () => {
    const segment = repo.campaign.contract!.audience_segment!;
    const { counts } = await partition({ ...repo.campaign, contract: { ...repo.campaign.contract, audience_segment: { ...segment, on_failure: "generic_variant" } } as Campaign["contract"] });
    expect(counts).toMatchObject({ personalized: 291, generic: 40 });
  });

  it("takes the plan name from the segment's rows when the campaign expects none, only if it is a declared plan", async () => {
    const { plan_name: _, ...expect_ } = repo.campaign.audience!.expect!;
    const campaign = { ...repo.campaign, audience: { ...repo.campaign.audience!, expect: expect_ } } as Campaign;
    await writeAudience(Array<string>(5).fill("admin"));
    expect((await partition(campaign)).cohorts.map((c) => c.plan_name)).toEqual(["Team trial"]);
    const rows = (await readFile(join(repo.root, "datasets/snapshots/seg_trial_ending_3_days.jsonl"), "utf8")).replaceAll('"Team trial"', '"Team Pro"');
    await repo.write("datasets/snapshots/seg_trial_ending_3_days.jsonl", rows);
    expect((await partition(campaign)).cohorts.map((c) => c.plan_name)).toEqual([""]);
  });

  it("names the plan as the campaign expects it, even a name the data alone could not pass as a plain label", async () => {
    const campaign = { ...repo.campaign, audience: { ...repo.campaign.audience!, expect: { ...repo.campaign.audience!.expect, plan_name: "Team (trial)" } } } as Campaign;
    await writeAudience(Array<string>(5).fill("admin"));
    const rows = (await readFile(join(repo.root, "datasets/snapshots/seg_trial_ending_3_days.jsonl"), "utf8")).replaceAll('"Team trial"', '"Team (trial)"');
    await repo.write("datasets/snapshots/seg_trial_ending_3_days.jsonl", rows);
    expect((await partition(campaign)).cohorts.map((c) => [c.key, c.plan_name])).toEqual([["personalized:admin", "Team (trial)"]]);
  });

  /** The campaign without an expected plan name, and a partition of a segment whose source declares no columns. */
  const withoutPlan = () => {
    const { plan_name: _, ...expect_ } = repo.campaign.audience!.expect!;
    return { ...repo.campaign, audience: { ...repo.campaign.audience!, expect: expect_ } } as Campaign;
  };
  const partitionUndeclared = async (campaign: Campaign) => {
    const { report, snapshots } = await checkFreshness({ root: repo.root, campaign, now, runId: "run_test" });
    const { columns: _, ...segment } = snapshots.audience_segment!;
    return partitionAudience({ campaign, snapshots: { ...snapshots, audience_segment: segment }, now, report });
  };

  it("with no declared columns, makes a cohort of any plain label and sends other values to the generic variant", async () => {
    await writeAudience([...Array<string>(5).fill("owner"), ...Array<string>(5).fill("data team!"), ...Array<boolean>(5).fill(true), ...Array<undefined>(5).fill(undefined)]);
    const { cohorts, counts } = await partitionUndeclared(repo.campaign);
    expect(cohorts).toEqual([
      { key: "personalized:owner", variant: "personalized", role: "owner", plan_name: "Team trial", recipients: 5, usage_summary: "median 2 queries run" },
      { key: "generic", variant: "generic", plan_name: "Team trial", recipients: 15 },
    ]);
    expect(counts).toEqual({ personalized: 5, generic: 15, excluded: 0, excluded_reasons: {} });
  });

  it("with no declared columns, takes the segment's plan name only when it is a plain label", async () => {
    await writeAudience(Array<string>(5).fill("admin"), "Team Pro");
    expect((await partitionUndeclared(withoutPlan())).cohorts.map((c) => c.plan_name)).toEqual(["Team Pro"]);
    await writeAudience(Array<string>(5).fill("admin"), "Team (trial)");
    expect((await partitionUndeclared(withoutPlan())).cohorts.map((c) => c.plan_name)).toEqual([""]);
    await writeAudience(Array<string>(5).fill("admin"), 2026);
    expect((await partitionUndeclared(withoutPlan())).cohorts.map((c) => c.plan_name)).toEqual([""]);
  });

  it("partitions a campaign with no variants settings into one personalised cohort and a generic one", async () => {
    const { variants: _, ...campaign } = repo.campaign;
    const { cohorts } = await partition(campaign as Campaign);
    expect(cohorts.map((c) => [c.key, c.recipients])).toEqual([["personalized", 291], ["generic", 40]]);
  });

  it("partitions a campaign whose audience expects nothing, and one whose every recipient is left out", async () => {
    await writeAudience(Array<string>(5).fill("admin"));
    const campaign = { ...repo.campaign, audience: { segment: repo.campaign.audience!.segment, input: repo.campaign.audience!.input } } as Campaign;
    expect((await partition(campaign)).cohorts.map((c) => [c.key, c.plan_name, c.recipients])).toEqual([["personalized:admin", "Team trial", 5]]);
    const rows = (await readFile(join(repo.root, "datasets/snapshots/seg_trial_ending_3_days.jsonl"), "utf8")).replaceAll('"opted_in"', '"opted_out"');
    await repo.write("datasets/snapshots/seg_trial_ending_3_days.jsonl", rows);
    expect(await partition(withoutPlan())).toEqual({ cohorts: [], counts: { personalized: 0, generic: 0, excluded: 5, excluded_reasons: { opted_out: 5 } } });
  });

  it("names the audience input it has no snapshot of", async () => {
    const { report } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now, runId: "run_test" });
    expect(() => partitionAudience({ campaign: repo.campaign, snapshots: {}, now, report })).toThrow('no snapshot of the audience input "audience_segment"');
    expect(() => partitionAudience({ campaign: { ...repo.campaign, audience: undefined }, snapshots: {}, now, report })).toThrow('no snapshot of the audience input "(none)"');
  });

  it("refuses to partition after a stop decision", async () => {
    const { report, snapshots } = await checkFreshness({ root: repo.root, campaign: repo.campaign, now: new Date(now.getTime() + 30 * 3_600_000), runId: "r" });
    expect(() => partitionAudience({ campaign: repo.campaign, snapshots, now, report })).toThrow("the freshness decision is stop_before_generation");
  });
});

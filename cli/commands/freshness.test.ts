import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo } from "../../core/contract/testing/tempRepo.ts";
import type { TempRepo } from "../../core/contract/testing/tempRepo.ts";
import { run } from "./freshness.ts";

const CAMPAIGN = "campaigns/trial-expiration-3d";

describe("copygate freshness", () => {
  let repo: TempRepo;
  beforeEach(async () => (repo = await tempRepo()));
  afterEach(() => repo.cleanup());
  async function freshness(...args: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repo.root, env: {} });
    return { code, stdout, stderr };
  }

  it("prints a table, the notes, the demo clock and the decision for the embedded snapshots", async () => {
    const { code, stdout } = await freshness(CAMPAIGN);
    expect(stdout).toBe(`Freshness: trial_expiration_email (campaign trial-expiration-3d)
Run ID: run_2026_11_20_0830
Clock: 2026-11-20T08:30:00Z (demo clock from datasets/snapshots/demo-clock.json: the embedded snapshots are fresh against it; pass --now to use another time)

| Input              | Source        |  Max age |     Age | Status | On failure      |
| :----------------- | :------------ | -------: | ------: | :----- | :-------------- |
| audience_segment   | cdp           | 24 hours | 3 hours | pass   | stop            |
| product_usage      | product_usage |  6 hours | 2 hours | warn   | generic variant |
| approved_claims    | claims_v14    |        - | 66 days | pass   | stop            |
| legal_restrictions | legal_v9      |        - | 66 days | pass   | stop            |
| brand_rules        | brand_v6      |  90 days | 49 days | pass   | review          |

Notes:
- Product usage data is stale for 12 percent of recipients
- 40 of 331 eligible recipients get the generic variant

Decision: proceed, with the generic variant where personal data is stale
`);
    expect(code).toBe(0);
  });

  it("prints the issue's JSON shape with --json, the required fields first", async () => {
    const { code, stdout } = await freshness(CAMPAIGN, "--json");
    expect(code).toBe(0);
    expect(stdout).toBe(`{
  "workflow": "trial_expiration_email",
  "run_id": "run_2026_11_20_0830",
  "required_inputs": {
    "audience_segment": {
      "source": "cdp",
      "max_age_hours": 24,
      "actual_age_hours": 3,
      "status": "pass",
      "on_failure": "stop"
    },
    "product_usage": {
      "source": "product_usage",
      "max_age_hours": 6,
      "actual_age_hours": 2,
      "status": "warn",
      "on_failure": "generic_variant",
      "stale_recipients": 40
    },
    "approved_claims": {
      "source": "claims_v14",
      "max_age_hours": null,
      "actual_age_hours": 1592.5,
      "status": "pass",
      "on_failure": "stop",
      "version": "claims_v14",
      "latest_version": "claims_v14"
    },
    "legal_restrictions": {
      "source": "legal_v9",
      "max_age_hours": null,
      "actual_age_hours": 1592.5,
      "status": "pass",
      "on_failure": "stop",
      "version": "legal_v9",
      "latest_version": "legal_v9"
    },
    "brand_rules": {
      "source": "brand_v6",
      "max_age_hours": 2160,
      "actual_age_hours": 1184.5,
      "status": "pass",
      "on_failure": "review",
      "version": "brand_v6"
    }
  },
  "decision": "proceed_with_generic_variant",
  "campaign": "trial-expiration-3d",
  "notes": [
    "Product usage data is stale for 12 percent of recipients",
    "40 of 331 eligible recipients get the generic variant"
  ],
  "clock": {
    "now": "2026-11-20T08:30:00Z",
    "kind": "demo",
    "file": "datasets/snapshots/demo-clock.json"
  }
}
`);
  });

  it("exits 1 with stop_before_generation when --now makes the segment stale", async () => {
    const { code, stdout } = await freshness(CAMPAIGN, "--now", "2026-11-21T08:30:00Z");
    expect(code).toBe(1);
    expect(stdout.split("\n").slice(0, 3)).toEqual([
      "Freshness: trial_expiration_email (campaign trial-expiration-3d)",
      "Run ID: run_2026_11_21_0830",
      "Clock: 2026-11-21T08:30:00Z (given with --now)",
    ]);
    expect(stdout).toContain('- audience_segment: source "cdp" is 27 hours old, over its error_after limit of 24 hours\n');
    expect(stdout.endsWith("\nDecision: stop before generation: no model is called\n")).toBe(true);
  });

  it("uses the real clock, and says so, when a source is not an embedded snapshot", async () => {
    await repo.write("sources/product_usage.yaml", "name: product_usage\nkind: postgres\nconnection_env: COPYGATE_SOURCE_USAGE_DB_URL\nhosts: [127.0.0.1]\nquery: select 1\nloaded_at_field: updated_at\nkey: user_id\n");
    const { stdout } = await freshness(CAMPAIGN, "--json");
    const parsed = JSON.parse(stdout) as { clock: { kind: string; now: string }; required_inputs: Record<string, { status: string }>; notes: string[] };
    expect(parsed.clock.kind).toBe("real");
    expect(Math.abs(Date.parse(parsed.clock.now) - Date.now())).toBeLessThan(60_000);
    expect(parsed.required_inputs.product_usage!.status).toBe("runtime_error");
    expect(parsed.notes).toContain(
      'product_usage: cannot read source "product_usage": sources/product_usage.yaml:1:1: environment variable COPYGATE_SOURCE_USAGE_DB_URL is not set — set COPYGATE_SOURCE_USAGE_DB_URL to the PostgreSQL connection string (postgres://user:password@host:5432/db)',
    );
  });

  it("refuses a --now that is not a time, with exit 2", async () => {
    expect(await freshness(CAMPAIGN, "--now", "tomorrow")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'copygate freshness: --now "tomorrow" is not an ISO 8601 time (e.g. 2026-11-20T08:30:00Z)\n',
    });
  });

  it("prints its usage, with exit 2, without a campaign directory or with an unknown flag", async () => {
    expect(await freshness()).toEqual({ code: 2, stdout: "", stderr: "error: missing required argument 'campaign-dir'\nsee: copygate freshness --help\n" });
    expect((await freshness(CAMPAIGN, "--fast")).stderr).toBe("error: unknown option '--fast'\nsee: copygate freshness --help\n");
  });
});

describe("copygate freshness through the dispatcher", () => {
  it("names the missing campaign file and exits 2, without a stack trace", async () => {
    const { main } = await import("../main.ts");
    let stderr = "";
    const code = await main(["freshness", "campaigns/no-such-campaign"], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: process.cwd(), env: {} });
    expect(code).toBe(2);
    expect(stderr).toBe("campaigns/no-such-campaign/campaign.yaml:1:1: cannot read campaigns/no-such-campaign/campaign.yaml — check the path exists in the repository\n");
  });
});

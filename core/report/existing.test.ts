import { describe, expect, it } from "vitest";
import { exampleReport } from "./example.fixture.ts";
import { markAlreadyFailing, splitExisting } from "./existing.ts";
import type { Finding } from "./types.ts";

const missing: Finding = { path: "campaigns/paid/drafts.json", line: 1, level: "failure", title: "drafts not current", message: "campaigns/paid/drafts.json does not exist." };
const typo: Finding = { path: "campaigns/trial/campaign.yaml", line: 8, level: "failure", title: "invalid file", message: 'unknown field "subjet"' };
const stale: Finding = { path: "campaigns/trial/campaign.yaml", line: 31, level: "warning", title: "data freshness", message: "product_usage: warn" };

describe("findings already failing on the base branch", () => {
  it("are the failures with the same file, check and message on the base, wherever their line moved", () => {
    const split = splitExisting([missing, typo, stale], [{ ...missing, line: 3 }, stale]);
    expect(split).toEqual({ introduced: [typo, stale], existing: [missing] });
    // The same problem with other advice (fix the brief first) is still the old problem.
    const advised = { ...missing, message: `${missing.message} To regenerate: fix campaign.yaml first, then run copygate generate.` };
    expect(splitExisting([advised], [{ ...missing, message: `${missing.message} To regenerate: run copygate generate.` }]).existing).toEqual([advised]);
  });

  it("take a campaign out of the decision only when it failed on the base and nothing new fails in it", () => {
    const [trial, paid] = exampleReport().campaigns.map((c, i) => ({ ...c, campaign: ["trial", "paid"][i]! }));
    const dirs = { trial: "campaigns/trial", paid: "campaigns/paid" };
    const split = splitExisting([missing, typo], [missing, typo]);
    expect(markAlreadyFailing([trial!, paid!], dirs, split, new Set(["paid"])).map((c) => c.alreadyFailing ?? false)).toEqual([false, true]);
    const touched = splitExisting([missing, { ...missing, message: "drafts.json is not valid JSON." }], [missing]);
    expect(markAlreadyFailing([paid!], dirs, touched, new Set(["paid"]))[0]!.alreadyFailing).toBeUndefined();
  });
});

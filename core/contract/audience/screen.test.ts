import { describe, expect, it } from "vitest";
import type { Campaign } from "../../model/index.ts";
import type { SourceRow } from "../sources/index.ts";
import { screenRecipients } from "./screen.ts";

const now = new Date("2026-03-10T12:00:00.000Z");
const DAY_MS = 86_400_000;
const campaign = (expect: Record<string, unknown>) => ({ audience: { segment: "seg", input: "audience_segment", expect } }) as unknown as Campaign;
const row = (fields: SourceRow): SourceRow => ({ consent: "opted_in", plan_name: "Team trial", ...fields });
/** Which rows were kept (by user_id) and why the others were left out. */
function screen(rows: SourceRow[], expect: Record<string, unknown> = { plan_name: "Team trial" }) {
  const { eligible, excluded } = screenRecipients(campaign(expect), rows, now);
  return { eligible: eligible.map((r) => r.user_id), excluded };
}

describe("screenRecipients", () => {
  it("leaves out a row without a usable user_id, and keeps a numeric one", () => {
    expect(screen([row({ user_id: "usr_1" }), row({ plan_name: "Team trial" }), row({ user_id: "   " }), row({ user_id: 42 })])).toEqual({
      eligible: ["usr_1", 42],
      excluded: { missing_user_id: 2 },
    });
  });

  it("leaves out every row of a recipient who appears twice, since neither row can be trusted", () => {
    expect(screen([row({ user_id: "usr_1" }), row({ user_id: "usr_2" }), row({ user_id: "usr_2", consent: "opted_out" })])).toEqual({
      eligible: ["usr_1"],
      excluded: { duplicate_recipient: 2 },
    });
  });

  it("keeps a trial that ends within the window, up to its last moment, and leaves out one that has ended", () => {
    const endingAt = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const rows = [
      row({ user_id: "ends_now", trial_ends_at: endingAt(0) }),
      row({ user_id: "ends_soon", trial_ends_at: endingAt(1) }),
      row({ user_id: "ends_at_horizon", trial_ends_at: endingAt(3 * DAY_MS) }),
      row({ user_id: "ends_after", trial_ends_at: endingAt(3 * DAY_MS + 1) }),
      row({ user_id: "no_date" }),
    ];
    expect(screen(rows, { trial_ends_within_days: 3 })).toEqual({ eligible: ["ends_soon", "ends_at_horizon"], excluded: { contradicts_trial_ends_at: 3 } });
  });

  it("reads only a key ending in _within_days as a window; any other key must equal the row's field", () => {
    const rows = [row({ user_id: "usr_1", renewal_within_days_flag: true }), row({ user_id: "usr_2", renewal_within_days_flag: false })];
    expect(screen(rows, { renewal_within_days_flag: true })).toEqual({ eligible: ["usr_1"], excluded: { contradicts_renewal_within_days_flag: 1 } });
  });
});

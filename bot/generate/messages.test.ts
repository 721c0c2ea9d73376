import { describe, expect, it } from "vitest";
import type { DraftsFile } from "../../core/model/index.ts";
import { alreadyCurrent, branchMoved, generatedReply, nothingAffected, refusals } from "./messages.ts";

const HEAD = "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9a0b1c2";
const NEXT = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d";

function drafts(checkpoint: Partial<DraftsFile["checkpoint"]>): DraftsFile {
  return {
    checkpoint: {
      workflow: "trial_expiration_email", run_id: "run_2026_11_20_0830_0001", prompt_version: "trial_expiration_email:v8", audience: "trial_ending_3_days",
      risk_level: "medium", verdict: "review", required_reviewers: ["lifecycle-marketing", "brand"], decision: "escalate to brand: one subject line reads as urgency",
      ...checkpoint,
    },
  } as DraftsFile;
}

describe("the reply after a commit", () => {
  it("gives each campaign's checkpoint, why it was regenerated and what changed, and links the commit", () => {
    expect(generatedReply({
      who: "octo-marketer", commitSha: NEXT, commitUrl: `https://github.com/lumora/marketing/commit/${NEXT}`, branch: "brief-284",
      campaigns: [
        {
          dir: "campaigns/trial-expiration-3d", drafts: drafts({}),
          reasons: ["prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (sha256:0123456789a)"],
          changes: ["risk low → medium", "personalized:admin: subject_lines, email_body changed", "generic: copy unchanged"], fallbacks: [],
        },
        {
          dir: "campaigns/winback-30d", drafts: drafts({ risk_level: "low", verdict: "pass", required_reviewers: [], decision: "auto-approve" }),
          reasons: ["campaigns/winback-30d/drafts.json does not exist"], changes: ["no previous drafts: every variant is new"], fallbacks: ["generic"],
        },
      ],
      current: ["campaigns/paid-search-q4"],
    })).toBe(`@octo-marketer copygate committed new drafts to \`brief-284\` in [9e8d7c6](https://github.com/lumora/marketing/commit/${NEXT}); the checks run again on that commit.

**\`campaigns/trial-expiration-3d\`** — risk **medium**, verdict **review**, reviewers: lifecycle-marketing, brand
- Decision: escalate to brand: one subject line reads as urgency
- Regenerated because: prompt changed: drafts from trial_expiration_email:v7, campaign now uses trial_expiration_email:v8 (sha256:0123456789a)
- Changed since the previous drafts: risk low → medium; personalized:admin: subject_lines, email_body changed; generic: copy unchanged

**\`campaigns/winback-30d\`** — risk **low**, verdict **pass**, reviewers: none
- Decision: auto-approve
- Regenerated because: campaigns/winback-30d/drafts.json does not exist
- Approved fallback template used for generic (the campaign allows committing it)
- Changed since the previous drafts: no previous drafts: every variant is new

Already current, not regenerated: \`campaigns/paid-search-q4\`.
`);
  });

  it("names no one when the bot acted on a push by itself", () => {
    const text = generatedReply({ who: null, commitSha: NEXT, commitUrl: "u", branch: "b", campaigns: [], current: [] });
    expect(text).toBe("copygate committed new drafts to `b` in [9e8d7c6](u); the checks run again on that commit.\n");
  });
});

describe("answers that commit nothing", () => {
  it("says when the branch moved, and what the new head holds", () => {
    expect(branchMoved("octo-marketer", HEAD, NEXT, [])).toBe(
      "@octo-marketer the branch moved from 3f9c2a1 to 9e8d7c6 while the drafts were generated, so nothing was committed (nobody's push is overwritten). The drafts on 9e8d7c6 are current, so there is nothing more to do.",
    );
    expect(branchMoved(null, HEAD, NEXT, ["campaigns/a", "campaigns/b"])).toBe(
      "the branch moved from 3f9c2a1 to 9e8d7c6 while the drafts were generated, so nothing was committed (nobody's push is overwritten). Drafts on 9e8d7c6 are not current for `campaigns/a`, `campaigns/b`: comment `/copygate generate` again.",
    );
  });

  it("says when there is nothing to do", () => {
    expect(alreadyCurrent("octo-marketer", HEAD, ["campaigns/a", "campaigns/b"])).toBe(
      "@octo-marketer the drafts on 3f9c2a1 are already current for `campaigns/a`, `campaigns/b`; nothing to commit.",
    );
    expect(nothingAffected("octo-marketer", HEAD)).toBe(
      "@octo-marketer this pull request changes nothing any campaign's drafts are made from (as of 3f9c2a1), so there is nothing to generate. To regenerate a campaign anyway, name it: `/copygate generate campaigns/<campaign>`.",
    );
  });

  it("refuses in one line: why, and what to do", () => {
    expect(refusals.invalid("octo-marketer", "campaigns/x/campaign.yaml:12:3: unknown policy claims_v99 — see policies/claims/")).toBe(
      "@octo-marketer the drafts cannot be generated: campaigns/x/campaign.yaml:12:3: unknown policy claims_v99 — see policies/claims/. Fix it (`copygate validate` lists every problem), then comment `/copygate generate` again; nothing was committed.",
    );
    expect(refusals.failed("octo-marketer", "Server Error")).toBe(
      "@octo-marketer `/copygate generate` failed unexpectedly (Server Error); nothing was committed. Comment `/copygate generate` again, or run `copygate generate <campaign-dir>` locally.",
    );
    expect(refusals.notVerified("octo-marketer", "the generated drafts for campaigns/x are not current: policy legal_v9 changed or is newly pinned")).toBe(
      "@octo-marketer the bot generated drafts but will not commit them: the generated drafts for campaigns/x are not current: policy legal_v9 changed or is newly pinned. Nothing was committed; run `copygate generate <campaign-dir>` locally to see why.",
    );
    expect(refusals.dataStop(null, "campaigns/x", [])).toBe(
      "generation of `campaigns/x` stopped before any model call: its data contract failed. Refresh the data, then comment `/copygate generate` again; nothing was committed.",
    );
    for (const text of [refusals.noModel("a"), refusals.fork("a", "o:b"), refusals.closed("a", 1), refusals.badPath("a", "x/y")]) expect(text).not.toContain("\n");
  });
});

/** The stage-move section inside the sticky comment: where it sits and that it survives shortening. */
import { describe, expect, it } from "vitest";
import { buildComment } from "../report/comment.ts";
import type { GateReport } from "../report/types.ts";
import { stageMoveSection, type StageMoveCheck } from "./index.ts";

const skipped: StageMoveCheck = {
  campaign: "trial-expiration-3d",
  file: "campaigns/trial-expiration-3d/campaign.yaml",
  line: 79,
  from: "internal",
  to: "test",
  verdict: "blocked",
  reason: "internal → test skips shadow: move one stage per pull request",
};

const report: GateReport = {
  repository: "lumora/marketing",
  pullRequest: 31,
  headSha: "0123456789abcdef0123456789abcdef01234567",
  decision: "fail",
  risk: null,
  campaigns: [],
  workflows: [],
  findings: [{ path: skipped.file, line: 79, level: "failure", title: "rollout stage", message: "internal → test is blocked: internal → test skips shadow: move one stage per pull request" }],
  notes: [],
  rollout: [stageMoveSection(skipped)],
};

describe("a rollout stage move in the PR comment", () => {
  it("shows the move, its verdict and why, after the tables", () => {
    expect(buildComment(report)).toBe(`<!-- copygate:report -->
## copygate: fail

### Findings (1)

**Campaign \`trial-expiration-3d\`**

- ⛔ \`campaigns/trial-expiration-3d/campaign.yaml:79\` rollout stage: internal → test is blocked: internal → test skips shadow: move one stage per pull request

### Rollout \`trial-expiration-3d\`: internal → test — blocked

Blocked: internal → test skips shadow: move one stage per pull request. Test: a test arm of the audience gets the candidate's drafts.

<sub>Full report in the job summary. Head 0123456.</sub>
`);
  });
});

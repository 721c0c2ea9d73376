import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CheckRunAnnotation } from "../../../core/report/index.ts";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "../../../test/github-twin/twin-fixture.ts";
import { CHECK_NAME, publishCheckRun } from "./check-run.ts";
import type { CheckOutcome } from "./check-run.ts";
import { connect } from "./octokit.ts";
import type { Octokit } from "./octokit.ts";

const repo = { owner: OWNER, repo: REPO };

let f: TwinFixture;
let octokit: Octokit;
beforeAll(async () => {
  f = await startTwinFixture();
  octokit = connect("ghs_twin_token", f.twin.url);
});
afterAll(() => f.close());
afterEach(() => {
  f.twin.assertNoViolations();
  f.twin.setTokenPermissions("write");
});

function annotation(line: number): CheckRunAnnotation {
  return { path: "campaigns/x/drafts.json", start_line: line, end_line: line, annotation_level: "warning", title: "Restricted terms", message: `finding ${line}` };
}

function outcome(findings: number): CheckOutcome {
  return { conclusion: "failure", title: "copygate: fail", summary: "2 campaigns checked", annotations: Array.from({ length: findings }, (_, i) => annotation(i + 1)) };
}

/** What the Action asked of the twin, and the check run as GitHub now shows it. */
async function publish(findings: number) {
  const before = f.twin.requests.length;
  const result = await publishCheckRun(octokit, repo, f.headSha, outcome(findings));
  const requests = f.twin.requests.slice(before).map((r) => r.operationId);
  const run = f.twin.state.checkRuns.find((r) => "id" in result && r.id === result.id);
  return { result, requests, run };
}

describe("the copygate check run", () => {
  it("is created completed, on the head commit, with its conclusion and summary", async () => {
    const { requests, run } = await publish(3);
    expect(requests).toEqual(["checks/create"]);
    // Branch protection rules require the check by this name.
    expect(CHECK_NAME).toBe("copygate");
    expect(run).toMatchObject({
      name: "copygate",
      headSha: f.headSha,
      status: "completed",
      conclusion: "failure",
      output: { title: "copygate: fail", summary: "2 campaigns checked", annotations: [annotation(1), annotation(2), annotation(3)] },
    });
  });

  it("is created in one request when there is nothing to annotate", async () => {
    const { requests, run } = await publish(0);
    expect(requests).toEqual(["checks/create"]);
    expect(run?.output.annotations).toEqual([]);
  });

  // GitHub takes at most 50 annotations per request: the rest are appended by updating the same run.
  it.each([
    [49, ["checks/create"]],
    [50, ["checks/create"]],
    [51, ["checks/create", "checks/update"]],
    [100, ["checks/create", "checks/update"]],
    [101, ["checks/create", "checks/update", "checks/update"]],
  ])("sends %i annotations in as few requests as GitHub accepts, all on one check run", async (findings, expected) => {
    const runsBefore = f.twin.state.checkRuns.length;
    const { requests, run } = await publish(findings);
    expect(requests).toEqual(expected);
    expect(f.twin.state.checkRuns.length - runsBefore).toBe(1);
    expect(run?.output.annotations).toEqual(outcome(findings).annotations);
    expect(run?.output.summary).toBe("2 campaigns checked");
  });

  it("reports a token without checks:write (a fork's pull request) as refused instead of failing", async () => {
    f.twin.setTokenPermissions("read");
    const { result, requests } = await publish(60);
    expect(result).toEqual({ refused: 403 });
    expect(requests).toEqual(["checks/create"]);
    f.twin.violations.length = 0;
  });

  it("passes on any other refusal, such as a head commit GitHub does not know", async () => {
    await expect(publishCheckRun(octokit, repo, "0".repeat(40), outcome(1))).rejects.toMatchObject({ status: 422 });
  });
});

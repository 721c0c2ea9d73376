import { RequestError } from "@octokit/request-error";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubDescription } from "./openapi-description.ts";
import { matchOperation } from "./openapi-routes.ts";
import { compiledValidatorCount } from "./openapi-schemas.ts";
import { validateResponse } from "./openapi-validator.ts";
import { OWNER, REPO, startTwinFixture, type TwinFixture } from "./twin-fixture.ts";

let f: TwinFixture;
beforeAll(async () => (f = await startTwinFixture()));
afterAll(() => f.close());

async function rejection(call: Promise<unknown>): Promise<RequestError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  return error;
}

describe("the GitHub twin's OpenAPI validation", () => {
  it("loads GitHub's description once and compiles validators only for the operations used", async () => {
    await f.octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    const { loadMs } = githubDescription();
    console.log(`github twin: description loaded in ${loadMs.toFixed(0)} ms; ${compiledValidatorCount()} validators compiled`);
    // How long the load takes is the machine's business (a bench's, not a test's): only "once" is asserted.
    expect(githubDescription().loadMs).toBe(loadMs);
    expect(compiledValidatorCount()).toBeLessThan(20);
  });

  it("rejects a check run with an invalid conclusion with 422 and records the violation", async () => {
    const error = await rejection(f.octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: OWNER, repo: REPO, name: "copygate", head_sha: f.headSha, conclusion: "great" as never,
    }));
    expect(error.status).toBe(422);
    expect(String((error.response?.data as { message: string }).message)).toContain("body/conclusion must be equal to one of the allowed values");
    const violation = f.twin.violations.at(-1);
    expect(violation).toMatchObject({ method: "POST", path: `/repos/${OWNER}/${REPO}/check-runs`, operationId: "checks/create", kind: "invalid-request" });
    expect(f.twin.state.checkRuns).toHaveLength(0);
  });

  it("rejects a comment without its required body field with 422", async () => {
    const error = await rejection(f.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: OWNER, repo: REPO, issue_number: 12,
    } as never));
    expect(error.status).toBe(422);
    expect(f.twin.violations.at(-1)?.problems).toEqual(["a request body is required"]);
  });

  it("answers 404 for a path GitHub does not have, and for a malformed path parameter", async () => {
    expect((await rejection(f.octokit.request("GET /repos/{owner}/{repo}/copygate-drafts", { owner: OWNER, repo: REPO }))).status).toBe(404);
    expect(f.twin.violations.at(-1)?.kind).toBe("unknown-route");
    expect((await rejection(f.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: OWNER, repo: REPO, pull_number: "twelve" as unknown as number }))).status).toBe(404);
    expect(f.twin.violations.at(-1)?.problems[0]).toContain("path parameter 'pull_number' must be integer");
  });

  it("records a media type it cannot serve, such as raw file contents", async () => {
    await f.octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: "README.md", mediaType: { format: "raw" } }).catch(() => undefined);
    expect(f.twin.violations.at(-1)).toMatchObject({ kind: "media-type", problems: ["the twin serves JSON only, not Accept: application/vnd.github.v3.raw"] });
    f.twin.violations.pop();
  });

  it("rejects a malformed query parameter with 422", async () => {
    const error = await rejection(f.octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: OWNER, repo: REPO, issue_number: 12, per_page: "lots" as unknown as number,
    }));
    expect(error.status).toBe(422);
    expect(f.twin.violations.at(-1)?.problems).toEqual(["query parameter 'per_page' must be integer"]);
  });

  it("refuses a write without a token with 401", async () => {
    const response = await fetch(`${f.twin.url}/repos/${OWNER}/${REPO}/issues/12/comments`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ body: "anonymous" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" });
  });

  it("throws from assertNoViolations listing every rejected request, one line each", () => {
    expect(() => f.twin.assertNoViolations()).toThrowError(
      /^github twin: 5 request\(s\) GitHub would reject or response\(s\) it would not send:\n- POST \/repos\/acme\/marketing-copy\/check-runs \(checks\/create\) \[invalid-request\]: body\/conclusion must be equal/,
    );
    f.twin.violations.length = 0;
    expect(() => f.twin.assertNoViolations()).not.toThrow();
  });

  it("catches a response that does not match the documented schema", () => {
    const matched = matchOperation("GET", `/repos/${OWNER}/${REPO}/issues/comments/1`);
    if (!matched.ok) throw new Error(matched.reason);
    expect(validateResponse(matched.match, 200, { id: "1", body: "hi" })).toEqual(expect.arrayContaining([
      "response 200/id must be integer",
      "response 200 must have required property 'node_id'",
    ]));
    expect(validateResponse(matched.match, 201, {})).toEqual(["status 201 is not a documented response of issues/get-comment"]);
  });

  it("serves Octokit's Accept: application/vnd.github+json without a violation", async () => {
    const { data } = await f.octokit.request("GET /repos/{owner}/{repo}", { owner: OWNER, repo: REPO, headers: { accept: "application/vnd.github+json" } });
    expect(data.full_name).toBe(`${OWNER}/${REPO}`);
    expect(f.twin.requests.at(-1)).toMatchObject({ method: "GET", operationId: "repos/get", status: 200 });
    f.twin.assertNoViolations();
  });
});

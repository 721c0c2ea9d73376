/**
 * The same app as a GitHub Actions job (`copygate bot --actions` through
 * @probot/adapter-github-actions): the job's push event is handled with the job's token, the
 * publish is done when the process exits, and GitHub Enterprise's /api/v3 base is honoured (GHE_HOST).
 */
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushPayload } from "../github-twin/index.ts";
import { REPOSITORY_ROOT } from "../action/content.ts";
import { DRAFTS, OWNER, REPO, startBotScenario, withSubject, type BotScenario } from "./harness.ts";

let s: BotScenario;
beforeAll(async () => {
  s = await startBotScenario();
}, 120_000);
afterAll(async () => {
  await s.close();
});

describe("copygate bot --actions", () => {
  it("publishes the pushed merge before the job's process exits", async () => {
    const drafts = await s.editedDrafts(withSubject("Keep what you built in Lumora"));
    const merged = await s.merge({ number: 61, title: "Sharper subject", files: { [DRAFTS]: drafts }, approvals: [{ user: "lena" }, { user: "bea" }, { user: "leo" }] });
    const eventPath = join(s.dataDir, "event.json");
    await writeFile(eventPath, JSON.stringify(pushPayload({ url: s.twin.url, owner: OWNER, repo: REPO }, { before: merged.before, after: merged.merge, commits: [{ id: merged.merge, message: "Merge pull request #61" }] })));
    const child = spawn(process.execPath, [join(REPOSITORY_ROOT, "bin/copygate.js"), "bot", "--actions"], {
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: "ghs_actions_job_token", GITHUB_RUN_ID: "7001", GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: eventPath,
        GHE_HOST: new URL(s.twin.url).host, GHE_PROTOCOL: "http", COPYGATE_DATA_DIR: s.dataDir,
        // bin/copygate.js runs the sources through tsx; its compile cache would stay in the OS temp dir.
        TSX_DISABLE_CACHE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    expect(output).toContain(`copygate: ${OWNER}/${REPO}@${merged.merge.slice(0, 7)} copygate:trial-expiration-3d:`);
    expect(await s.outboxFiles()).toHaveLength(1);
    expect(s.twin.state.deployments.map((d) => d.statuses.map((st) => st.state))).toEqual([["in_progress", "success"]]);
    expect(s.twin.state.comments.filter((c) => c.issueNumber === 61)).toHaveLength(1);
    s.twin.assertNoViolations();
  }, 180_000);
});

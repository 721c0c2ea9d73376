/**
 * A crash between the platform call and the ledger record: the bot runs as its own process
 * (`copygate bot`), the twin kills it (SIGKILL) at the moment it records the publish, and the retry
 * by a new process finds the content in the platform instead of creating it again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeRecord } from "../../core/publish/ledger.ts";
import { deliverWebhook, pushPayload } from "../github-twin/index.ts";
import { REPOSITORY_ROOT } from "../action/content.ts";
import { appPrivateKey, DRAFTS, OWNER, REPO, SECRET, startBotScenario, withSubject, type BotScenario } from "./harness.ts";

let s: BotScenario;
const children: ChildProcess[] = [];
beforeAll(async () => {
  s = await startBotScenario();
}, 120_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await s.close();
});

async function startBotProcess(): Promise<{ child: ChildProcess; webhookUrl: string; stderr: string[] }> {
  // A bot killed mid-publish cannot remove the merged tree it was reading: keep its temp files in
  // the scenario's data dir, which the scenario removes.
  const tmp = await mkdtemp(join(s.dataDir, "tmp-"));
  const child = spawn(process.execPath, [join(REPOSITORY_ROOT, "bin/copygate.js"), "bot"], {
    env: {
      ...process.env, APP_ID: "3001", PRIVATE_KEY: appPrivateKey(), WEBHOOK_SECRET: SECRET, PORT: "0", HOST: "127.0.0.1",
      GITHUB_API_URL: s.twin.url, COPYGATE_DATA_DIR: s.dataDir, COPYGATE_CLAIM_LEASE_SECONDS: "1",
      TMPDIR: tmp,
      // bin/copygate.js runs the sources through tsx; its compile cache would stay in the OS temp dir.
      TSX_DISABLE_CACHE: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  const webhookUrl = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const found = /listening on (\S+)/.exec(chunk.toString("utf8"));
      if (found) resolve(found[1] as string);
    });
    child.on("exit", (code) => reject(new Error(`copygate bot exited (${code}): ${stderr.join("")}`)));
  });
  return { child, webhookUrl, stderr };
}

async function ledgerRecord(ref: string) {
  const message = await s.repo.git("log", "-1", "--format=%B", ref);
  return decodeRecord(`${message}\n`);
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a crash after the platform call", () => {
  it("is recovered by the next delivery without creating anything new", async () => {
    const drafts = await s.editedDrafts(withSubject("Keep what you built in Lumora"));
    const merged = await s.merge({ number: 31, title: "Sharper subject", files: { [DRAFTS]: drafts }, approvals: [{ user: "lena" }, { user: "bea" }, { user: "leo" }] });
    const push = pushPayload({ url: s.twin.url, owner: OWNER, repo: REPO, installationId: 7 }, { before: merged.before, after: merged.merge, commits: [{ id: merged.merge, message: "Merge pull request #31", modified: [DRAFTS] }] });

    const first = await startBotProcess();
    let killed = false;
    s.twin.beforeHandle((call) => {
      if (call.operationId !== "git/update-ref" || !decodeURIComponent(call.path).includes("copygate/published")) return;
      first.child.kill("SIGKILL");
      killed = true;
      return "drop";
    });
    const exited = new Promise((resolve) => first.child.on("exit", resolve));
    expect((await deliverWebhook({ url: first.webhookUrl, secret: SECRET, event: "push", payload: push, id: "delivery-31" })).status).toBe(200);
    await exited;
    s.twin.beforeHandle(undefined);
    expect(killed).toBe(true);

    const [file] = await s.outboxFiles();
    expect(file).toBeDefined();
    const written = await stat(join(s.dataDir, ".copygate/outbox/trial-expiration-3d", file as string));
    const ref = `refs/copygate/published/trial-expiration-3d/${(file as string).replace(".json", "")}`;
    expect((await ledgerRecord(ref))?.state).toBe("claimed");
    expect(s.twin.state.deployments.map((d) => d.statuses.map((st) => st.state))).toEqual([["in_progress"]]);

    // GitHub redelivers (same id) to a new process once the claim's lease (1 s here) has run out.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await startBotProcess();
    expect((await deliverWebhook({ url: second.webhookUrl, secret: SECRET, event: "push", payload: push, id: "delivery-31" })).status).toBe(200);
    await until(async () => (await ledgerRecord(ref))?.state === "published", "the recovered publish");
    await until(() => s.twin.state.comments.some((c) => c.issueNumber === 31), "the comment");
    await until(() => second.stderr.join("").includes("trial-expiration-3d:"), "the log line of the recovered publish");

    expect(await s.outboxFiles()).toEqual([file]);
    expect((await stat(join(s.dataDir, ".copygate/outbox/trial-expiration-3d", file as string))).mtimeMs).toBe(written.mtimeMs);
    expect(s.twin.state.deployments.map((d) => d.statuses.map((st) => st.state))).toEqual([["in_progress", "in_progress", "success"]]);
    expect(s.twin.state.comments.filter((c) => c.issueNumber === 31)).toHaveLength(1);
    expect(second.stderr.join("")).toContain("published to outbox as draft (found outbox:");
    second.child.kill("SIGTERM");
    s.twin.assertNoViolations();
  }, 180_000);
});

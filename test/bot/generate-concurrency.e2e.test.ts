import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSha, comment, openPullRequest, replies, startBotServer, startGenerateWorld, TRIAL, type GenerateWorld } from "./generate-harness.ts";

let world: GenerateWorld;
let briefChange: Record<string, string>;

beforeAll(async () => {
  world = await startGenerateWorld();
  world.twin.state.collaborators.set("octo-marketer", "write");
  world.twin.state.collaborators.set("octo-editor", "admin");
  const yaml = await readFile(join(world.repo.dir, TRIAL, "campaign.yaml"), "utf8");
  briefChange = { [`${TRIAL}/campaign.yaml`]: yaml.replace("Keep everything you built during the trial", "Keep every dashboard you built during the trial") };
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const commitsSince = async (from: string, branch: string) => (await world.repo.git("rev-list", `${from}..refs/heads/${branch}`)).split("\n").filter(Boolean);
const GENERATED = /^@octo-(marketer|editor) copygate committed new drafts to `[^`]+` in \[([0-9a-f]{7})\]/;

describe("/copygate generate under concurrency", () => {
  it("answers two comments at once with one commit; the second sees it as current", async () => {
    const head = await openPullRequest(world, { number: 41, branch: "two-at-once", files: briefChange });
    await Promise.all([
      comment(world, { number: 41, body: "/copygate generate", user: "octo-marketer" }),
      comment(world, { number: 41, body: "/copygate generate campaigns/trial-expiration-3d", user: "octo-editor" }),
    ]);
    await world.handle.idle();
    const commits = await commitsSince(head, "two-at-once");
    expect(commits).toHaveLength(1);
    const answers = replies(world, 41);
    expect(answers).toHaveLength(2);
    const generated = answers.find((a) => GENERATED.test(a))!;
    const other = answers.find((a) => a !== generated)!;
    const asker = GENERATED.exec(generated)![1] === "marketer" ? "octo-editor" : "octo-marketer";
    expect(generated).toContain(`[${commits[0]!.slice(0, 7)}]`);
    expect(other).toBe(`@${asker} the drafts on ${commits[0]!.slice(0, 7)} are already current for \`${TRIAL}\`; nothing to commit.`);
    world.twin.assertNoViolations();
  }, 180_000);

  it("two bot processes at once: one commits, the other's update is refused and it answers with the new head's state", async () => {
    const second = await startBotServer(world.twin.url, world.env);
    try {
      const head = await openPullRequest(world, { number: 42, branch: "two-processes", files: briefChange });
      await Promise.all([
        comment(world, { number: 42, body: "/copygate generate", user: "octo-marketer" }),
        comment(world, { number: 42, body: "/copygate generate", user: "octo-editor", webhookUrl: second.webhookUrl }),
      ]);
      await Promise.all([world.handle.idle(), second.handle.idle()]);
      const commits = await commitsSince(head, "two-processes");
      expect(commits).toHaveLength(1);
      const answers = replies(world, 42);
      expect(answers).toHaveLength(2);
      const generated = answers.find((a) => GENERATED.test(a))!;
      const asker = GENERATED.exec(generated)![1] === "marketer" ? "octo-editor" : "octo-marketer";
      const other = answers.find((a) => a !== generated)!;
      // Whether the second read the head before or after the first commit, it never overwrites it.
      expect([
        `@${asker} the drafts on ${commits[0]!.slice(0, 7)} are already current for \`${TRIAL}\`; nothing to commit.`,
        `@${asker} the branch moved from ${head.slice(0, 7)} to ${commits[0]!.slice(0, 7)} while the drafts were generated, so nothing was committed (nobody's push is overwritten). The drafts on ${commits[0]!.slice(0, 7)} are current, so there is nothing more to do.`,
      ]).toContain(other);
      world.twin.assertNoViolations();
    } finally {
      await second.close();
    }
  }, 180_000);

  it("never overwrites a push made while the drafts were generated", async () => {
    const head = await openPullRequest(world, { number: 43, branch: "moving", files: briefChange });
    let pushed = "";
    const proxy = await startPushingProxy(world.env.OPENAI_BASE_URL!, async () => {
      pushed = await world.repo.commit("moving", { "README.md": "# Pushed while the bot was generating\n" }, "A teammate's push");
      await world.repo.git("checkout", "--quiet", "--detach");
    });
    const modelUrl = world.env.OPENAI_BASE_URL;
    world.env.OPENAI_BASE_URL = proxy.url;
    try {
      await comment(world, { number: 43, body: "/copygate generate", user: "octo-marketer" });
      await world.handle.idle();
    } finally {
      world.env.OPENAI_BASE_URL = modelUrl;
      await proxy.close();
    }
    expect(await branchSha(world, "moving")).toBe(pushed);
    expect(await commitsSince(head, "moving")).toEqual([pushed]);
    expect(world.twin.requests.filter((r) => r.operationId === "git/update-ref").map((r) => r.status)).toContain(422);
    expect(replies(world, 43)).toEqual([
      `@octo-marketer the branch moved from ${head.slice(0, 7)} to ${pushed.slice(0, 7)} while the drafts were generated, so nothing was committed (nobody's push is overwritten). Drafts on ${pushed.slice(0, 7)} are not current for \`${TRIAL}\`: comment \`/copygate generate\` again.`,
    ]);
    world.twin.assertNoViolations();
  }, 180_000);
});

/** The team's model behind a proxy that lets a teammate push once, on the first chat completion. */
async function startPushingProxy(target: string, onFirstCompletion: () => Promise<void>): Promise<{ url: string; close: () => Promise<unknown> }> {
  let first: Promise<void> | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => void (async () => {
      if (req.url?.endsWith("/chat/completions")) await (first ??= onFirstCompletion());
      const upstream = await fetch(`${target.replace(/\/v1$/, "")}${req.url}`, {
        method: req.method, body: chunks.length ? Buffer.concat(chunks) : undefined,
        headers: { "content-type": "application/json", authorization: req.headers.authorization ?? "" },
      });
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await upstream.arrayBuffer()));
    })());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, close: () => new Promise((resolve) => server.close(resolve)) };
}

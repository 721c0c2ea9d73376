import { describe, expect, it } from "vitest";
import { copyRepoContent, REPO_ROOT } from "../../core/prompts/testing.ts";
import { breakFile } from "../../core/validate/testing.ts";
import type { CommandIo } from "../main.ts";
import { main } from "../main.ts";

async function runCli(cwd: string, args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(["validate", ...args], io);
  return { code, stdout, stderr };
}

describe("copygate validate", () => {
  it("exits 0 on the repository and says how many files it checked", async () => {
    const { code, stdout } = await runCli(REPO_ROOT, []);
    expect(stdout).toMatch(/^ok: \d+ files checked\n$/);
    expect(code).toBe(0);
  });

  it("prints one line per problem, then a summary, and exits 1", async () => {
    const root = await copyRepoContent();
    await breakFile(root, "prompts/trial_expiration_email/releases.yaml", "production: 7", "production: 8");
    await breakFile(root, "policies/brand/brand_v6.yaml", "cta_count: 1", "cta_count: one");
    const { code, stdout } = await runCli(root, []);
    expect(stdout).toBe(
      [
        "policies/brand/brand_v6.yaml:21:3: email.cta_count must be a whole number, not text \"one\"",
        "prompts/trial_expiration_email/releases.yaml:3:1: production version 8 has status \"candidate\" in history: only an approved version can be production",
        "2 problems in 2 files",
        "",
      ].join("\n"),
    );
    expect(code).toBe(1);
  });

  it("writes GitHub annotations with --format github, escaping what the runner would misread", async () => {
    const root = await copyRepoContent();
    await breakFile(root, "policies/brand/brand_v6.yaml", "cta_count: 1", "cta_count: one");
    const { code, stdout } = await runCli(root, ["policies", "--format", "github"]);
    expect(stdout).toBe('::error file=policies/brand/brand_v6.yaml,line=21,col=3::email.cta_count must be a whole number, not text "one"\n1 problem in 1 file\n');
    expect(code).toBe(1);
  });

  it("checks only the paths it is given", async () => {
    const root = await copyRepoContent();
    await breakFile(root, "policies/brand/brand_v6.yaml", "cta_count: 1", "cta_count: one");
    // campaign.yaml, drafts.json and email.mjml in the folder, and the one source named.
    expect(await runCli(root, ["campaigns/trial-expiration-3d", "sources/cdp.yaml"])).toEqual({ code: 0, stdout: "ok: 4 files checked\n", stderr: "" });
  });

  it("treats an unknown path or format as a usage error", async () => {
    expect(await runCli(REPO_ROOT, ["campaigns/nope"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "no such file or folder: campaigns/nope — give paths relative to the repository root, e.g. campaigns/trial-expiration-3d\n",
    });
    expect(await runCli(REPO_ROOT, ["--format", "xml"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, github.\nsee: copygate validate --help\n",
    });
  });

  it("skips files of a kind it does not check, so a list of changed files can be passed as is", async () => {
    expect(await runCli(REPO_ROOT, ["package.json", "policies/brand/brand_v6.yaml"])).toEqual({ code: 0, stdout: "ok: 1 file checked\n", stderr: "" });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../test/support/exampleRepo.ts";
import { main, type CommandIo } from "./main.ts";
import { editDistance, nearest } from "./lib/suggest.ts";
import { VERSION } from "./lib/version.ts";

async function copygate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: REPO_ROOT, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe("the copygate command", () => {
  it("prints the command list and the exit codes when run bare, and exits 0", async () => {
    const { code, stdout, stderr } = await copygate();
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n").slice(0, 3)).toEqual(["usage: copygate <command> [options]", "", "commands:"]);
    expect(stdout).toContain("\n  init       start a copygate repository (prompts, a campaign, policies, a sample source, the workflow, reviewers)\n");
    expect(stdout.endsWith([
      "Run `npx copygate <command> --help` for a command's options and examples.",
      "",
      "Exit codes:",
      "  0  ok",
      "  1  problems found, or a negative decision (stale data stop, failing draft, not promoted)",
      "  2  usage or input error (a flag, a file, a field), named on stderr",
      "  3  the model endpoint failed: a variant fell back because the endpoint did not answer, not because of its content",
      "",
    ].join("\n"))).toBe(true);
    expect((await copygate("--help")).stdout).toBe(stdout);
  });

  it("suggests the nearest command for a typo, and exits 2", async () => {
    expect(await copygate("genrate", "campaigns/x")).toEqual({
      code: 2, stdout: "", stderr: 'copygate: unknown command "genrate" (did you mean "generate"?)\nRun `copygate --help` for the list of commands.\n',
    });
    expect((await copygate("frobnicate")).stderr).toBe('copygate: unknown command "frobnicate"\nRun `copygate --help` for the list of commands.\n');
  });

  it("prints its version, the same as package.json's", async () => {
    const pkg = JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await copygate("--version")).toEqual({ code: 0, stdout: `copygate ${pkg.version}\n`, stderr: "" });
  });

  it("answers `help <command>` like `<command> --help`", async () => {
    expect(await copygate("help", "validate")).toEqual(await copygate("validate", "--help"));
  });
});

describe("a command's help", () => {
  it("describes each argument and option, with examples and exit codes", async () => {
    const { code, stdout } = await copygate("validate", "--help");
    expect(code).toBe(0);
    expect(stdout).toBe([
      "Usage: copygate validate [options] [paths...]",
      "",
      "check every repository file (prompts, releases, campaigns, sources, policies, datasets, drafts)",
      "against its schema and cross-references",
      "",
      "Arguments:",
      "  paths              files or folders to check (default: the whole repository)",
      "",
      "Options:",
      "  --format <format>  text: path:line:col: message; github: ::error workflow commands (choices:",
      '                     "text", "github", default: "text")',
      "  -h, --help         display help for command",
      "",
      "Examples:",
      "  npx copygate validate",
      "  npx copygate validate campaigns/trial-expiration-3d",
      "  npx copygate validate --format github",
      "",
      "Exit: 0 clean, 1 problems found, 2 usage error.",
      "",
    ].join("\n"));
  });

  it("has option descriptions and an example on every command", async () => {
    for (const name of ["init", "demo", "validate", "prompts", "freshness", "generate", "check", "trace", "eval", "simulate", "bot", "publish", "preview", "rollout", "report"]) {
      const { code, stdout } = await copygate(name, "--help");
      expect([name, code]).toEqual([name, 0]);
      expect(stdout).toMatch(/\nExamples:\n {2}(npx copygate|npm start|[A-Z_]+=)/);
    }
  });

  it("suggests the near option for an unknown one, and exits 2", async () => {
    expect(await copygate("generate", "campaigns/trial-expiration-3d", "--nwo", "2026-11-20T08:30:00Z")).toEqual({
      code: 2, stdout: "", stderr: "error: unknown option '--nwo'\n(Did you mean --now?)\nsee: copygate generate --help\n",
    });
  });

  it("refuses an unknown option the same way in the commands that parse their own flags, near one included", async () => {
    const cases: [string[], string][] = [
      [["eval", "trial_expiration_email", "--candidat", "8"], "error: unknown option '--candidat'\n(Did you mean --candidate?)\nsee: copygate eval --help\n"],
      [["publish", "campaigns/trial-expiration-3d", "--dryrun"], "error: unknown option '--dryrun'\n(Did you mean --dry-run?)\nsee: copygate publish --help\n"],
      [["preview", "campaigns/trial-expiration-3d", "--output", "x"], "error: unknown option '--output'\n(Did you mean --out?)\nsee: copygate preview --help\n"],
      [["report", "campaigns/trial-expiration-3d", "--fromat", "json"], "error: unknown option '--fromat'\n(Did you mean --format?)\nsee: copygate report --help\n"],
      [["rollout", "analyze", "campaigns/trial-expiration-3d", "--jsno"], "error: unknown option '--jsno'\n(Did you mean --json?)\nsee: copygate rollout analyze --help\n"],
      [["bot", "--action"], "error: unknown option '--action'\n(Did you mean --actions?)\nsee: copygate bot --help\n"],
      [["simulate", "--zzz"], "error: unknown option '--zzz'\nsee: copygate simulate --help\n"],
      [["publish", "--now"], "error: Option '--now <value>' argument missing\nsee: copygate publish --help\n"],
    ];
    for (const [args, stderr] of cases) expect(await copygate(...args), args.join(" ")).toEqual({ code: 2, stdout: "", stderr });
  });
});

describe("help of a command that parses its own flags", () => {
  it("is the full help, in the same layout", async () => {
    const { code, stdout } = await copygate("preview", "--help");
    expect(code).toBe(0);
    expect(stdout).toBe([
      "Usage: copygate preview [options] <campaign-dir>",
      "",
      "write each variant's rendered email (HTML) and PNG screenshots at desktop and mobile widths, with",
      "headless Chromium",
      "",
      "Arguments:",
      "  campaign-dir  the campaign whose committed drafts are previewed",
      "",
      "Options:",
      "  --out <dir>   where to write (default .copygate/previews/<campaign>)",
      "  -h, --help    display help for command",
      "",
      "Examples:",
      "  npx copygate preview campaigns/trial-expiration-3d",
      "  npx copygate preview campaigns/trial-expiration-3d --out previews",
      "",
      "Needs Chromium (Debian: apt-get install chromium), or COPYGATE_CHROMIUM set to its path.",
      "",
    ].join("\n"));
  });
});

describe("nearest", () => {
  it("finds a word within two edits or by prefix, and nothing further away", () => {
    expect(nearest("genrate", ["generate", "validate"])).toBe("generate");
    expect(nearest("valdiate", ["generate", "validate"])).toBe("validate");
    expect(nearest("trac", ["trace", "check"])).toBe("trace");
    expect(nearest("publsh", ["generate"])).toBeUndefined();
    expect([editDistance("ab", "ba"), editDistance("", "abc"), editDistance("kitten", "sitting")]).toEqual([1, 3, 3]);
  });
});

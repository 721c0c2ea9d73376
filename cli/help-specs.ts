/**
 * `--help` for the commands that still parse their own arguments (sub-verbs and many flags): each
 * option described, with examples, in the same commander layout as the commands built on specs.
 */
import type { CommandSpec } from "./lib/command.ts";

const spec = (name: string, summary: string, args: CommandSpec["arguments"], options: CommandSpec["options"], examples: string[], notes?: string): CommandSpec =>
  ({ name, summary, arguments: args, options, examples, ...(notes ? { notes } : {}) });

export const HELP_SPECS: Record<string, CommandSpec> = {
  eval: spec(
    "eval",
    "run a workflow's eval suite, the candidate prompt version against the baseline; `eval merge` combines shards",
    [{ name: "<workflow>", description: "the prompt workflow (a folder under prompts/), or `merge` followed by results files" }],
    [
      { flags: "--candidate <version>", description: "the prompt version under test (required)" },
      { flags: "--baseline <version>", description: "what it is compared with: production (default) or a version number" },
      { flags: "--dataset <file...>", description: "eval datasets (default: releases.yaml promotion.datasets)" },
      { flags: "--concurrency <n>", description: "model calls in flight at once (default 8)" },
      { flags: "--repeat <k>", description: "run each case k times, for criteria the data cannot yet decide" },
      { flags: "--shard <i/n>", description: "run shard i of n (a CI matrix); merge the results with `eval merge`" },
      { flags: "--out <results.json>", description: "write the results file (for `eval merge` and `copygate report`)" },
      { flags: "--format <format>", description: "text, markdown, json or junit (default text)" },
      { flags: "--campaign <dir>", description: "fill the prompts from this campaign's policies instead of the dataset's" },
      { flags: "--model <name>", description: "the model to ask, instead of each prompt's own" },
      { flags: "--no-judge", description: "skip the judges (reviewer acceptance then blocks promotion, never guessed)" },
      { flags: "--no-cache", description: "ask the model even when a cached answer exists" },
    ],
    [
      "npx copygate eval trial_expiration_email --candidate 8",
      "npx copygate eval trial_expiration_email --candidate 8 --shard 1/4 --out shard1.json",
      "npx copygate eval merge shard*.json --format markdown",
    ],
    "Exit: 0 promote, 1 not yet or do not promote, 2 usage or input error, 3 runs lost because of the model endpoint.",
  ),
  simulate: spec(
    "simulate",
    "serve the bundled OpenAI-compatible simulator (deterministic per seed, with injectable faults); it marks every answer as simulated",
    [],
    [
      { flags: "--port <n>", description: "port on 127.0.0.1 (default: any free port, printed)" },
      { flags: "--seed <s>", description: "seed of the deterministic answers" },
      { flags: "--latency-ms <n>", description: "delay before each answer" },
      { flags: "--rate-429 <r>", description: "share of requests answered 429 with Retry-After (0–1)" },
      { flags: "--rate-5xx <r>", description: "share answered with a server error" },
      { flags: "--rate-malformed <r>", description: "share answered with truncated JSON" },
      { flags: "--rate-invalid <r>", description: "share answered with JSON that breaks the output schema" },
      { flags: "--rate-risky <r>", description: "share of drafts with risky copy (for the checks)" },
      { flags: "--rate-drop <r>", description: "share of connections dropped mid-answer" },
      { flags: "--retry-after <seconds>", description: "the Retry-After of its 429s" },
      { flags: "--max-concurrent <n>", description: "answer 429 beyond this many requests in flight" },
    ],
    ["npx copygate simulate --port 18080 --latency-ms 200", "npx copygate simulate --rate-429 0.3 --retry-after 1"],
    "Environment: COPYGATE_SIM_SEED, COPYGATE_SIM_LATENCY_MS, COPYGATE_SIM_RATE_429, … set the same.",
  ),
  bot: spec(
    "bot",
    "serve the GitHub App that publishes what was merged, rolls back on revert and answers /copygate generate and /copygate schedule",
    [],
    [{ flags: "--actions", description: "handle the current GitHub Actions event with GITHUB_TOKEN, then exit (no server)" }],
    ["APP_ID=123 PRIVATE_KEY_PATH=app.pem WEBHOOK_SECRET=… npx copygate bot", "npx copygate bot --actions"],
    "Environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, GHE_HOST or GITHUB_API_URL;\nOPENAI_API_KEY / OPENAI_BASE_URL for /copygate generate.",
  ),
  publish: spec(
    "publish",
    "show what a merge would publish for a campaign (--dry-run), or reconcile the default branch with the targets (--reconcile)",
    [{ name: "[campaign-dir]", description: "the campaign to describe with --dry-run" }],
    [
      { flags: "--dry-run", description: "verify and describe, per variant, exactly what each target would receive; publish nothing" },
      { flags: "--reconcile", description: "publish every campaign whose merged drafts differ from what is published (GITHUB_TOKEN, GITHUB_REPOSITORY)" },
      { flags: "--now <ISO>", description: "judge freshness against this time" },
    ],
    ["npx copygate publish campaigns/trial-expiration-3d --dry-run", "npx copygate publish --reconcile --dry-run"],
  ),
  preview: spec(
    "preview",
    "write each variant's rendered email (HTML) and PNG screenshots at desktop and mobile widths, with headless Chromium",
    [{ name: "<campaign-dir>", description: "the campaign whose committed drafts are previewed" }],
    [{ flags: "--out <dir>", description: "where to write (default .copygate/previews/<campaign>)" }],
    ["npx copygate preview campaigns/trial-expiration-3d", "npx copygate preview campaigns/trial-expiration-3d --out previews"],
    "Needs Chromium (Debian: apt-get install chromium), or COPYGATE_CHROMIUM set to its path.",
  ),
  rollout: spec(
    "rollout",
    "staged rollout: compare two rates by hand, analyze a test's results, assign recipients to arms, write a shadow report",
    [{ name: "<verb>", description: "compare | analyze <campaign-dir> | assign <campaign-dir> | shadow <campaign-dir>" }],
    [
      { flags: "--control <x/n>", description: "compare: conversions / recipients of the control arm" },
      { flags: "--treatment <x/n>", description: "compare: conversions / recipients of the treatment arm" },
      { flags: "--margin-pp <m>", description: "compare: non-inferiority margin in percentage points (a guardrail)" },
      { flags: "--goal <higher|lower>", description: "compare: which direction is better (default higher)" },
      { flags: "--alpha <a>", description: "one-sided significance level (default 0.05)" },
      { flags: "--power <p>", description: "power of the 'more recipients needed' answer (default 0.8)" },
      { flags: "--sequential", description: "always-valid confidence sequences, for a test read every day" },
      { flags: "--format <format>", description: "analyze: text, markdown or json" },
      { flags: "--json", description: "print JSON (the fields named in the README)" },
      { flags: "--out <file>", description: "assign: write the arms (ids only); shadow: write the report" },
      { flags: "--now <ISO>", description: "assign, shadow: judge freshness against this time" },
    ],
    [
      "npx copygate rollout compare --control 40/9000 --treatment 6/1000 --goal lower --margin-pp 0.1",
      "npx copygate rollout analyze campaigns/trial-expiration-3d --format markdown",
    ],
    "Exit: 0 pass, 1 fail or inconclusive (never a pass), 2 usage or input error.",
  ),
  report: spec(
    "report",
    "per prompt version: its eval scores and business results side by side, with the production history",
    [{ name: "<workflow>", description: "the prompt workflow" }],
    [
      { flags: "--eval <results.json...>", description: "results files written by `copygate eval --out`" },
      { flags: "--format <format>", description: "text, markdown (with a Mermaid chart) or html (a page with SVG charts)" },
      { flags: "--out <file>", description: "write the report to a file" },
    ],
    ["npx copygate report trial_expiration_email --format markdown", "npx copygate report trial_expiration_email --eval results.json --format html --out report.html"],
  ),
};

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_DIR, REPO_ROOT, tempRepo, type TempRepo } from "../../core/contract/testing/tempRepo.ts";
import type { CommandIo } from "../main.ts";
import { run as evalRun } from "./eval.ts";
import { run } from "./report.ts";

let repo: TempRepo;
const io = (out: { stdout: string; stderr: string }): CommandIo => ({ stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd: repo.root, env: {} });

beforeAll(async () => {
  repo = await tempRepo();
  for (const file of ["results.csv", "drafts.json"]) await repo.write(`${CAMPAIGN_DIR}/${file}`, await readFile(join(REPO_ROOT, CAMPAIGN_DIR, file), "utf8"));
  // A three-case suite run against the bundled simulator: real eval results for v8 against production v7.
  const cases = (await readFile(join(REPO_ROOT, "datasets/trial_expiration_email/historical_briefs.jsonl"), "utf8")).split("\n").slice(0, 3).join("\n");
  await repo.write("datasets/trial_expiration_email/three.jsonl", `${cases}\n`);
  const out = { stdout: "", stderr: "" };
  await evalRun(["trial_expiration_email", "--candidate", "8", "--dataset", "datasets/trial_expiration_email/three.jsonl", "--out", "eval-v8.json", "--no-cache"], io(out));
}, 60_000);
afterAll(() => repo.cleanup());

async function report(...args: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await run(args, io(out));
  return { code, ...out };
}

describe("copygate report", () => {
  it("sets each prompt version's eval scores beside its business results and the releases.yaml history, with a Mermaid chart", async () => {
    const { code, stdout } = await report("trial_expiration_email", "--eval", "eval-v8.json", "--format", "markdown");
    expect(code).toBe(0);
    expect(stdout).toBe(`## Prompt versions of \`trial_expiration_email\` — production v7

| Version             | Released   | Status    | Note                                                  | Evals (pass rate)                                                                                  | Drafts checked                                | Sends  | Upgrade rate (95 % Wilson) | Unsubscribe rate             | Click rate                |
| ------------------- | ---------- | --------- | ----------------------------------------------------- | -------------------------------------------------------------------------------------------------- | --------------------------------------------- | ------ | -------------------------- | ---------------------------- | ------------------------- |
| v4                  | 2026-05-11 | archived  | Initial production prompt                             | —                                                                                                  | —                                             | —      | —                          | —                            | —                         |
| v5                  | 2026-05-18 | archived  | Added product usage personalization                   | —                                                                                                  | —                                             | —      | —                          | —                            | —                         |
| v6                  | 2026-05-24 | archived  | Reduced subject line length to 48 chars               | —                                                                                                  | —                                             | —      | —                          | —                            | —                         |
| **v7** (production) | 2026-06-01 | approved  | Added legal restriction block and risk_flags field    | JSON validity 100.0 %; Unsupported claims 100.0 %; Legal restricted terms 100.0 %                  | trial-expiration-3d: 4 pass, 0 review, 0 fail | 29,805 | 2.50 % (2.33 % to 2.68 %)  | 0.401 % (0.335 % to 0.480 %) | 5.40 % (5.15 % to 5.67 %) |
| v8                  | 2026-11-20 | candidate | Role-specific value proposition in the first sentence | JSON validity 100.0 %; Unsupported claims 100.0 %; Legal restricted terms 100.0 % (do not promote) | —                                             | 3,295  | 3.01 % (2.48 % to 3.66 %)  | 0.461 % (0.280 % to 0.759 %) | 6.09 % (5.32 % to 6.96 %) |

\`\`\`mermaid
xychart-beta
  title "Upgrade rate by prompt version (%)"
  x-axis ["v7 (production)", "v8"]
  y-axis "upgrade rate (%)" 0 --> 4
  bar [2.50, 3.01]
\`\`\`
`);
  });

  it("prints one block per version as text, and notes a campaign whose results cannot be read", async () => {
    await repo.write("campaigns/broken-results/campaign.yaml", (await readFile(join(repo.root, CAMPAIGN_DIR, "campaign.yaml"), "utf8")).replace("id: trial-expiration-3d", "id: broken-results").replace("  stage: test\n", "  stage: test\n  results: { file: missing.csv }\n"));
    const { stdout } = await report("trial_expiration_email", "--eval", "eval-v8.json");
    await repo.remove("campaigns/broken-results/campaign.yaml");
    expect(stdout.split("\n").slice(14)).toEqual([
      "v7 (production) · 2026-06-01 · approved · Added legal restriction block and risk_flags field",
      "  evals: JSON validity 100.0 %; Unsupported claims 100.0 %; Legal restricted terms 100.0 %",
      "  drafts: trial-expiration-3d: 4 pass, 0 review, 0 fail",
      "  sends 29,805 · upgrade 2.50 % (2.33 % to 2.68 %) · unsubscribe 0.401 % (0.335 % to 0.480 %) · click 5.40 % (5.15 % to 5.67 %)",
      "v8 · 2026-11-20 · candidate · Role-specific value proposition in the first sentence",
      "  evals: JSON validity 100.0 %; Unsupported claims 100.0 %; Legal restricted terms 100.0 % (do not promote)",
      "  drafts: —",
      "  sends 3,295 · upgrade 3.01 % (2.48 % to 3.66 %) · unsubscribe 0.461 % (0.280 % to 0.759 %) · click 6.09 % (5.32 % to 6.96 %)",
      "note: campaigns/broken-results: results not read: results file campaigns/broken-results/missing.csv does not exist",
      "",
    ]);
  });

  it("writes a self-contained HTML page with an SVG chart per rate for the artifact", async () => {
    const { stdout } = await report("trial_expiration_email", "--format", "html", "--out", "report.html");
    expect(stdout).toBe("wrote report.html: 5 prompt versions of trial_expiration_email\n");
    const html = await readFile(join(repo.root, "report.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain("<title>v8: 3.01 % (2.48–3.66 %)</title>");
    expect(html).not.toMatch(/<script/);
  });

  it("refuses an unknown format and a missing workflow with the usage", async () => {
    expect(await report("trial_expiration_email", "--format", "pdf")).toMatchObject({ code: 2, stderr: 'copygate report: --format must be text, markdown or html (found "pdf")\nusage: copygate report <workflow> [--eval results.json]… [--format text|markdown|html] [--out file]\n' });
    expect((await report()).code).toBe(2);
  });
});

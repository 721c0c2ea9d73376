import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvalReport } from "../model/index.ts";
import { runChecks, stripAnnotations } from "./index.ts";
import type { CheckContext } from "./types.ts";
import { REPO_ROOT, cleanEmailDraft, emailBody, exampleCampaignContext } from "./testing.ts";

/**
 * A held-out batch written for issue #13 before any grounding rule existed: 50 drafts with one
 * violation each (invented customers, superlatives, wrong numbers that occur elsewhere in the
 * brief, price urgency, plain-word promises, placeholders, personal data, offer terms, restricted
 * synonyms, the model talking about itself) and 30 clean drafts. Like the outside test, each is
 * checked against the example campaign with its brief opened to all six approved claims and the
 * draft's own call to action.
 */
const BATCH_DIR = join(REPO_ROOT, "test/fixtures/drafts/grounding-holdout");

interface Entry {
  file: string;
  expected: string;
  draft: Record<string, unknown>;
  report?: EvalReport;
}

/** The example campaign's context with every approved claim selected and the draft's CTA as the brief's. */
export async function openBriefContext(draft: Record<string, unknown>): Promise<CheckContext> {
  const { ctx } = await exampleCampaignContext("campaigns/trial-expiration-3d", {
    usageSummary: draft._usage_summary as string | undefined,
    crmNotes: draft._crm_notes as string[] | undefined,
  });
  const cta = typeof draft.cta_text === "string" ? draft.cta_text : ctx.brief.cta_text;
  return { ...ctx, brief: { ...ctx.brief, claims: ctx.policies.claims.claims.map((c) => c.id), cta_text: cta } };
}

const flagged = (report: EvalReport) => report.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => c.id);

describe("the grounding held-out batch (issue #13)", () => {
  const batch: Entry[] = readdirSync(BATCH_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const draft = JSON.parse(readFileSync(join(BATCH_DIR, file), "utf8")) as Record<string, unknown>;
      return { file, expected: String(draft._expected), draft };
    });
  const clean = batch.filter((e) => e.expected === "pass");
  const violating = batch.filter((e) => e.expected !== "pass");

  beforeAll(async () => {
    for (const entry of batch) entry.report = runChecks(stripAnnotations(entry.draft), await openBriefContext(entry.draft));
  });

  it("holds at least 40 violating and 30 clean drafts", () => {
    expect(violating.length).toBeGreaterThanOrEqual(40);
    expect(clean.length).toBeGreaterThanOrEqual(30);
  });

  it("reports recall and clean pass rate, listing every miss", () => {
    const missed = violating.filter((e) => e.report?.verdict === "pass").map((e) => e.file);
    const wronglyFlagged = clean.filter((e) => e.report?.verdict !== "pass").map((e) => `${e.file}: ${flagged(e.report as EvalReport).join(", ")}`);
    const recall = (violating.length - missed.length) / violating.length;
    const cleanPass = (clean.length - wronglyFlagged.length) / clean.length;
    const precision = (violating.length - missed.length) / Math.max(1, violating.length - missed.length + wronglyFlagged.length);
    const onExpected = violating.filter((e) => flagged(e.report as EvalReport).includes(e.expected)).length / violating.length;
    console.log(
      `grounding holdout: ${clean.length} clean, ${violating.length} violating; recall ${recall.toFixed(3)}, clean pass ${cleanPass.toFixed(3)}, ` +
        `precision ${precision.toFixed(3)}, flagged on the expected check ${onExpected.toFixed(3)}\n` +
        `missed: ${missed.join(", ") || "none"}\nclean flagged: ${wronglyFlagged.join("; ") || "none"}`,
    );
    // Before the grounding checks (commit c708f51): recall 0.10 (5/50), clean pass 1.00 (30/30).
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(cleanPass).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * Sentences written while building the grounding rules (not held out): fresh phrasings of every
 * class, and honest sentences in the styles clean copy uses. Each goes into the example's clean
 * draft ("S:" as the first subject line, "P:" as the preview, otherwise into the body).
 */
describe("the grounding tuning sentences", () => {
  const SENTENCES_DIR = join(REPO_ROOT, "test/fixtures/drafts/grounding-sentences");
  const read = (file: string) => readFileSync(join(SENTENCES_DIR, file), "utf8").split("\n").filter((l) => l.trim());
  const draftWith = (line: string): Record<string, unknown> => {
    if (line.startsWith("S:")) return cleanEmailDraft({ subject_lines: [line.slice(2), "Keep everything you built", "Upgrade and keep your dashboards"] });
    if (line.startsWith("P:")) return cleanEmailDraft({ preview_text: line.slice(2) });
    return cleanEmailDraft({ email_body: emailBody(line) });
  };
  let ctx: CheckContext;
  beforeAll(async () => {
    ctx = await openBriefContext(cleanEmailDraft());
  });

  it("flags every violating sentence", () => {
    const missed = read("violating.txt").filter((line) => runChecks(draftWith(line), ctx).verdict === "pass");
    expect(missed).toEqual([]);
  });

  it("passes every honest sentence", () => {
    const flaggedLines = read("honest.txt").flatMap((line) => {
      const report = runChecks(draftWith(line), ctx);
      return report.verdict === "pass" ? [] : [`${line}: ${flagged(report).join(", ")}`];
    });
    expect(flaggedLines).toEqual([]);
  });
});

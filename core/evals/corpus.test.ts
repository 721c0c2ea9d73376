import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvalReport } from "../model/index.ts";
import { runChecks, stripAnnotations } from "./index.ts";
import { REPO_ROOT, exampleCampaignContext } from "./testing.ts";

/** The hand-written corpus: clean drafts and drafts with exactly one realistic violation each. */
const CORPUS_DIR = join(REPO_ROOT, "test/fixtures/drafts");

interface CorpusDraft {
  file: string;
  expected: string;
  also: string[];
  draft: Record<string, unknown>;
  report?: EvalReport;
}

function loadCorpus(dir = CORPUS_DIR): CorpusDraft[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
      return { file, expected: String(raw._expected), also: (raw._also as string[] | undefined) ?? [], draft: raw };
    });
}

async function evaluate(corpus: CorpusDraft[]): Promise<void> {
  for (const entry of corpus) {
    const { ctx } = await exampleCampaignContext("campaigns/trial-expiration-3d", {
      usageSummary: entry.draft._usage_summary as string | undefined,
      crmNotes: entry.draft._crm_notes as string[] | undefined,
    });
    entry.report = runChecks(stripAnnotations(entry.draft), ctx);
  }
}

const flagged = (report: EvalReport) => report.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => c.id);

describe("the hand-written draft corpus for trial-expiration-3d", () => {
  const corpus = loadCorpus();
  const clean = corpus.filter((d) => d.expected === "pass");
  const violating = corpus.filter((d) => d.expected !== "pass");

  beforeAll(() => evaluate(corpus));

  it("holds at least 60 drafts, half of them clean", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(clean.length).toBeGreaterThanOrEqual(30);
    expect(violating.length).toBeGreaterThanOrEqual(30);
  });

  it("passes every clean draft", () => {
    const wronglyFlagged = clean.filter((d) => d.report?.verdict !== "pass").map((d) => `${d.file}: ${flagged(d.report as EvalReport).join(", ")}`);
    expect(wronglyFlagged).toEqual([]);
  });

  it("flags every violating draft on its expected check and does not pass it", () => {
    const missed = violating.filter((d) => d.report?.verdict === "pass" || !flagged(d.report as EvalReport).includes(d.expected)).map((d) => d.file);
    expect(missed).toEqual([]);
  });

  it("raises no flag on a violating draft beyond its expected checks", () => {
    const extra = violating.flatMap((d) => flagged(d.report as EvalReport).filter((id) => id !== d.expected && !d.also.includes(id)).map((id) => `${d.file}: ${id}`));
    expect(extra).toEqual([]);
  });

  it("reports precision and recall over the corpus", () => {
    const truePositives = violating.filter((d) => d.report?.verdict !== "pass").length;
    const falsePositives = clean.filter((d) => d.report?.verdict !== "pass").length;
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / violating.length;
    const flags = corpus.flatMap((d) => flagged(d.report as EvalReport).map((id) => ({ id, expected: id === d.expected || d.also.includes(id) })));
    const checkPrecision = flags.filter((f) => f.expected).length / Math.max(1, flags.length);
    const checkRecall = violating.filter((d) => flagged(d.report as EvalReport).includes(d.expected)).length / violating.length;
    console.log(
      `corpus: ${clean.length} clean, ${violating.length} violating; draft-level precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `check-level precision ${checkPrecision.toFixed(3)} (${flags.length} flags), recall ${checkRecall.toFixed(3)}`,
    );
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });
});

/**
 * Drafts written after the checks were built, each batch measured before any tuning: 01–20 scored
 * precision 1.0, recall 0.9 ("until the end of the week" was missed; the urgency patterns now
 * cover it); 21–40 (markdown, HTML, emoji, P.S. lines) scored 1.0 and 1.0 untouched. Issue #13
 * relabelled 21: its "Hi {{first_name}}," is an unresolved placeholder, now caught by `placeholders`.
 */
describe("the held-out drafts", () => {
  const holdout = loadCorpus(join(CORPUS_DIR, "holdout"));
  beforeAll(() => evaluate(holdout));

  it("classifies held-out drafts with precision and recall of at least 0.9", () => {
    const violating = holdout.filter((d) => d.expected !== "pass");
    const flaggedDrafts = holdout.filter((d) => d.report?.verdict !== "pass");
    const truePositives = flaggedDrafts.filter((d) => d.expected !== "pass" && flagged(d.report as EvalReport).includes(d.expected)).length;
    const precision = truePositives / Math.max(1, flaggedDrafts.length);
    const recall = truePositives / Math.max(1, violating.length);
    console.log(`holdout: ${holdout.length - violating.length} clean, ${violating.length} violating; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(holdout.length).toBeGreaterThanOrEqual(20);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

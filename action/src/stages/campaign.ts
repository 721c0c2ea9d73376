/**
 * Steps 3–5 for one campaign: data freshness, whether the committed drafts are current, and the
 * checks and approval checkpoint of those drafts. Findings point at campaign.yaml and drafts.json.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isInputError } from "../../../core/errors.ts";
import type { InputError } from "../../../core/errors.ts";
import { checkFreshness, chooseClock, runIdFor } from "../../../core/contract/index.ts";
import type { DraftsFile, FreshnessReport, InputVerdict } from "../../../core/model/index.ts";
import { buildCheckpoint, checkDraftsCurrent, draftsPath, loadCampaignContext, mergeVariantReports } from "../../../core/pipeline/index.ts";
import type { CampaignContext } from "../../../core/pipeline/index.ts";
import type { CampaignGate, Finding } from "../../../core/report/index.ts";
import { draftsAudienceLine, yamlKeyLine } from "../lib/lines.ts";
import { quotedSentence } from "../lib/sentences.ts";
import { CAMPAIGN_NOT_LOADED } from "../stage-types.ts";
import { recheckVariants } from "./recheck.ts";

export async function checkCampaign(root: string, campaignDir: string, options: CampaignCheckOptions): Promise<{ gate: CampaignGate; findings: Finding[] }> {
  let context: CampaignContext;
  try {
    context = await loadCampaignContext(root, campaignDir);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return unloadable(campaignDir, error);
  }
  const { campaign } = context;
  const clock = await chooseClock(root, campaign, options.now);
  const contract = await checkFreshness({ root, campaign, now: clock.now, runId: runIdFor(clock.now) });
  const freshness = contract.report;
  const campaignFile = join(campaignDir, "campaign.yaml");
  const campaignText = await readFile(join(root, campaignFile), "utf8");
  const findings = freshnessFindings(freshness, campaignFile, campaignText);
  const currency = await checkDraftsCurrent({ root, campaignDir, now: clock.now, context, contract });
  const remedy = runnableRemedy(currency.remedy, options.invalidFiles ?? []);
  const gate: CampaignGate = {
    campaign: campaign.id,
    workflow: campaign.workflow,
    freshness: freshness.decision,
    freshnessNotes: Object.entries(freshness.required_inputs)
      .filter(([, v]) => v.status !== "pass")
      .map(([name, v]) => `${inputProblem(name, v)} (${v.on_failure.replace(/_/g, " ")})`),
    drafts: { current: currency.status === "current", reasons: currency.status === "current" ? [] : [...currency.reasons, `To regenerate: ${remedy}.`] },
    verdict: null,
    risk: null,
    requiredReviewers: [],
    checkpoint: null,
    previews: [],
    notes: clock.kind === "demo" ? [`Freshness judged against the demo clock (${clock.now.toISOString()}): every source of this campaign is an embedded snapshot.`] : [],
  };
  const drafts = currency.drafts;
  if (currency.status !== "current" || !drafts) {
    findings.push({ path: draftsPath(campaignDir), line: 1, level: "failure", title: "drafts not current", message: `${currency.reasons.join("; ")}. To regenerate: ${remedy}.` });
    // Drafts written under an older policy version still ship until regenerated: today's rules apply to them now.
    if (drafts && onlyPoliciesChanged(currency.reasons)) {
      const rechecked: DraftsFile = { ...drafts, variants: recheckVariants(context, drafts, contract, clock.now) };
      findings.push(...(await checkFindings(root, campaignDir, rechecked)).filter((f) => f.level === "failure"));
    }
    return { gate, findings };
  }
  const rechecked: DraftsFile = { ...drafts, variants: recheckVariants(context, drafts, contract, clock.now) };
  Object.assign(gate, judgeDrafts(context, rechecked, freshness));
  const p = drafts.provenance;
  // Judges need a model, so their verdicts are the ones stored at generation; the other checks ran again here.
  gate.provenance = [`generation ${p.model} with ${p.workflow} v${p.prompt_version} at ${p.generated_at} (trace ${p.trace_id}); judge verdicts as stored then`];
  findings.push(...(await checkFindings(root, campaignDir, rechecked)));
  return { gate, findings };
}

/** The drafts' checks, merged across variants, routed to the reviewers their risk level needs. */
function judgeDrafts(context: CampaignContext, drafts: DraftsFile, freshness: FreshnessReport): Partial<CampaignGate> {
  const report = mergeVariantReports(drafts.variants, freshness);
  const checkpoint = buildCheckpoint({ campaign: context.campaign, runId: drafts.provenance.run_id, promptVersion: context.prompt.version, report });
  return {
    verdict: checkpoint.verdict,
    risk: checkpoint.risk_level,
    requiredReviewers: checkpoint.required_reviewers,
    checkpoint,
    previews: drafts.variants.map((v) => ({ audience: v.audience.key, recipients: v.audience.recipients, source: v.source, content: v.content })),
  };
}

export interface CampaignCheckOptions {
  now?: Date;
  /** Files this campaign depends on that failed validation: generation refuses to run until they are fixed. */
  invalidFiles?: string[];
}

/** Advice must run on the tree as it stands: with invalid inputs, fixing them comes first. */
function runnableRemedy(remedy: string, invalidFiles: string[]): string {
  if (invalidFiles.length === 0) return remedy;
  const files = invalidFiles.length === 1 ? invalidFiles[0]! : `${invalidFiles.slice(0, -1).join(", ")} and ${invalidFiles.at(-1)!}`;
  return `fix ${files} first (generation refuses to run until ${invalidFiles.length === 1 ? "it validates" : "they validate"}; see its findings), then ${remedy}`;
}

function onlyPoliciesChanged(reasons: string[]): boolean {
  return reasons.length > 0 && reasons.every((r) => /^policy \S+ changed or is newly pinned$/.test(r));
}

async function checkFindings(root: string, campaignDir: string, drafts: DraftsFile): Promise<Finding[]> {
  const path = draftsPath(campaignDir);
  const text = await readFile(join(root, path), "utf8");
  return drafts.variants.flatMap((variant) =>
    variant.evals.checks
      .filter((c) => c.status === "fail" || c.status === "warn")
      .map((c): Finding => {
        const sentence = quotedSentence(c.message, variant.content as Record<string, unknown>);
        return {
          path,
          line: draftsAudienceLine(text, variant.audience.key),
          level: c.status === "fail" ? "failure" : "warning",
          title: c.label,
          message: `${variant.audience.key}: ${c.message}${sentence ? ` In ${sentence}` : ""}`,
        };
      }),
  );
}

function freshnessFindings(freshness: FreshnessReport, campaignFile: string, campaignText: string): Finding[] {
  return Object.entries(freshness.required_inputs)
    .filter(([, v]) => v.status !== "pass")
    .map(([name, v]) => ({
      path: campaignFile,
      line: yamlKeyLine(campaignText, ["contract", name]),
      level: v.on_failure === "stop" ? "failure" : "warning",
      title: "data freshness",
      message: `${inputProblem(name, v)}. On failure: ${v.on_failure.replace(/_/g, " ")}.`,
    }));
}

/** The input's own message (it names the input), or what its verdict says when it has none. */
function inputProblem(name: string, verdict: InputVerdict): string {
  if (verdict.message) return verdict.message.replace(/\.$/, "");
  const stale = verdict.stale_recipients ? `: ${verdict.stale_recipients} recipients' rows older than ${verdict.max_age_hours ?? "?"} hours` : "";
  return `${name}: ${verdict.status}${stale}`;
}

function unloadable(campaignDir: string, error: InputError): { gate: CampaignGate; findings: Finding[] } {
  const gate: CampaignGate = {
    campaign: campaignDir.replace(/^campaigns\//, ""),
    workflow: "",
    freshness: null,
    freshnessNotes: [],
    drafts: null,
    verdict: "fail",
    risk: null,
    requiredReviewers: [],
    checkpoint: null,
    previews: [],
    notes: [`The campaign could not be loaded (${error.file ?? join(campaignDir, "campaign.yaml")}): ${error.message}${error.hint ? ` — ${error.hint}` : ""}`],
  };
  const finding: Finding = { path: error.file ?? join(campaignDir, "campaign.yaml"), line: error.line ?? 1, level: "failure", title: CAMPAIGN_NOT_LOADED, message: error.hint ? `${error.message} — ${error.hint}` : error.message };
  return { gate, findings: [finding] };
}

import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, Channel, CheckResult, EvalReport } from "../model/index.ts";
import { riskLevel } from "./risk.ts";
import type { CheckContext } from "./types.ts";
import { formatCheckpoint, routeApproval, runChecks } from "./index.ts";
import { cleanEmailDraft, emailBody, exampleCampaignContext } from "./testing.ts";

let ctx: CheckContext;
let campaign: Campaign;
beforeAll(async () => {
  ({ ctx, campaign } = await exampleCampaignContext());
});

describe("risk level and approval routing", () => {
  it("auto-approves a clean email that states no numeric claim", () => {
    const report = runChecks(cleanEmailDraft(), ctx);
    expect(report).toMatchObject({ verdict: "pass", risk_level: "low", risk_reasons: [] });
    expect(routeApproval(report, campaign.approval)).toEqual({ risk_level: "low", required_reviewers: ["lifecycle-marketing"], decision: "auto-approve: evals passed" });
  });

  it("sends a draft with the model's risk flags to brand review at medium risk", () => {
    const report = runChecks(cleanEmailDraft({ risk_flags: ["Tone may be too casual"] }), ctx);
    expect(report).toMatchObject({ verdict: "review", risk_level: "medium" });
    expect(routeApproval(report, campaign.approval)).toEqual({
      risk_level: "medium",
      required_reviewers: ["lifecycle-marketing", "brand"],
      decision: "escalate to brand: Risk flags (warn)",
    });
  });

  it("sends a passing draft that states the 10-minute claim to legal and brand", () => {
    const report = runChecks(cleanEmailDraft({ email_body: emailBody("Most teams connect their first data source in under 10 minutes.") }), ctx);
    expect(report).toMatchObject({ verdict: "pass", risk_level: "high" });
    expect(routeApproval(report, campaign.approval)).toEqual({
      risk_level: "high",
      required_reviewers: ["lifecycle-marketing", "brand", "legal"],
      decision: "escalate to legal and brand: the copy states the numeric claim setup_time",
    });
  });

  it("sends a registry claim the brief did not select to legal", () => {
    const report = runChecks(cleanEmailDraft({ email_body: emailBody("Lumora connects to Snowflake.") }), ctx);
    expect(report).toMatchObject({ verdict: "review", risk_level: "high", risk_reasons: ["Grounding (warn)"] });
  });

  it("blocks a failing draft and names the failed checks", () => {
    const report = runChecks(cleanEmailDraft({ preview_text: "Too short.", email_body: emailBody("We guarantee results.") }), ctx);
    expect(report).toMatchObject({ verdict: "fail", risk_level: "high" });
    expect(routeApproval(report, campaign.approval).decision).toBe("block: Preview text length and Restricted terms failed; fix the draft and run the checks again");
  });

  it("treats search ads as public copy: medium risk at least", async () => {
    const { ctx: adCtx } = await exampleCampaignContext("campaigns/paid-search-lumora-trial");
    const report = runChecks({ headlines: ["Dashboards for teams", "Start Your Free Trial", "Reports by email or Slack"], descriptions: ["Share dashboards with unlimited viewers.", "Scheduled reports can be delivered by email or Slack."], paths: [], rationale: "", risk_flags: [] }, adCtx);
    expect(report).toMatchObject({ verdict: "pass", risk_level: "medium", risk_reasons: ["search_ad copy is public"] });
  });
});

describe("runChecks", () => {
  it("runs only the requested checks", () => {
    expect(runChecks(cleanEmailDraft(), ctx, ["subject_length", "grounding"]).checks.map((c) => c.id)).toEqual(["subject_length", "grounding"]);
  });
  it("reports a malformed draft through the checks instead of crashing", () => {
    for (const malformed of [{}, { subject_lines: "one line", email_body: 5, risk_flags: "none" }]) {
      const report = runChecks(malformed, ctx);
      expect(report.verdict).toBe("fail");
      expect(report.checks.find((c) => c.id === "output_schema")?.status).toBe("fail");
    }
  });
  it("sends a draft with risk flags to review even when the campaign leaves the risk_flags check out", () => {
    const report = runChecks(cleanEmailDraft({ risk_flags: ["Check the tone"] }), ctx, ["subject_length"]);
    expect(report).toMatchObject({ verdict: "review", risk_level: "medium", risk_reasons: ["the model raised risk flags"] });
  });
  it("refuses an unknown check id with a hint listing the known ones", () => {
    expect(() => runChecks(cleanEmailDraft(), ctx, ["spellcheck"])).toThrow('unknown check "spellcheck"');
  });
});

describe("formatCheckpoint", () => {
  it("prints the approval checkpoint in the issue's layout", () => {
    const report = runChecks(cleanEmailDraft({ risk_flags: ["Tone may be too casual"] }), ctx, ["output_schema", "subject_length", "risk_flags"]);
    const route = routeApproval(report, campaign.approval);
    const text = formatCheckpoint(
      { workflow: "trial_expiration_email", run_id: "run_2026_06_01_0830", prompt_version: "trial_expiration_email:v7", audience: "trial_ending_3_days", verdict: report.verdict, ...route },
      report.checks,
    );
    expect(text).toBe(
      [
        "Approval checkpoint: trial_expiration_email",
        "Run ID: run_2026_06_01_0830",
        "Prompt version: trial_expiration_email:v7",
        "Audience: trial_ending_3_days",
        "Risk level: medium",
        "Automated evals:",
        "- JSON schema: pass",
        "- Subject line length: pass",
        "- Risk flags: warn",
        "Decision: escalate to brand: Risk flags (warn)",
      ].join("\n"),
    );
  });

  it("says why a check was skipped, so a skipped judge never reads like a verdict", () => {
    const skipped = { id: "judge_brand_fit", label: "Judge: brand fit", status: "skipped" as const, message: "skipped: no judge model" };
    const text = formatCheckpoint(
      { workflow: "w", run_id: "r", prompt_version: "w:v1", audience: "a", verdict: "pass", risk_level: "low", required_reviewers: [], decision: "auto-approve: evals passed" },
      [skipped],
    );
    expect(text.split("\n")[6]).toBe("- Judge: brand fit: skipped (no judge model)");
  });
});

describe("risk level and routing, from check results alone", () => {
  const result = (id: string, label: string, owner: string, status: CheckResult["status"]): CheckResult => ({ id, label, owner, status, message: "", evidence: [] });
  const email = { kind: "email" } as Channel;

  it("treats a draft that obeyed a planted instruction as high risk, whoever owns the check", () => {
    const checks = [result("injection_obeyed", "Injection obeyed", "safety", "warn"), result("brand_words", "Brand words", "brand", "warn")];
    expect(riskLevel({ checks, verdict: "review", channel: email, claimsUsed: [] })).toEqual({ level: "high", reasons: ["Injection obeyed (warn)"] });
  });

  it("reads a claim without a covers entry as stating no number", () => {
    const claimsUsed = [{ id: "claim_sso", text: "Team includes single sign-on." }];
    expect(riskLevel({ checks: [], verdict: "pass", channel: email, claimsUsed })).toEqual({ level: "low", reasons: [] });
  });

  const report = (risk_level: EvalReport["risk_level"], risk_reasons?: string[]): EvalReport => ({ verdict: "review", risk_level, ...(risk_reasons ? { risk_reasons } : {}), checks: [] }) as EvalReport;
  const approval = { low: ["lifecycle-marketing"], medium: ["lifecycle-marketing", "brand"], high: ["lifecycle-marketing", "brand", "legal_review"] };

  it("names the groups a level adds, with every reason, and no colon when there is none", () => {
    expect(routeApproval(report("high", ["Grounding (warn)", "Brand words (warn)"]), approval).decision).toBe("escalate to legal review and brand: Grounding (warn); Brand words (warn)");
    expect(routeApproval(report("medium", []), approval).decision).toBe("escalate to brand");
    expect(routeApproval(report("medium"), approval).decision).toBe("escalate to brand");
  });
});

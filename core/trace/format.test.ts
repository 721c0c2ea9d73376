import { describe, expect, it } from "vitest";
import { formatTrace } from "./format.ts";
import { formatTraceList } from "./list-table.ts";
import { ISSUE_EXAMPLE_TRACE_TEXT, issueExampleTrace } from "./example-trace.ts";

describe("formatTrace", () => {
  it("reproduces the issue's trace example line for line", () => {
    expect(formatTrace(issueExampleTrace())).toBe(ISSUE_EXAMPLE_TRACE_TEXT);
  });

  it("adds reviewers, approval time, publish target and each fallback with its reason when the run has them", () => {
    const record = issueExampleTrace({
      temperature: undefined,
      generation: {
        latency_ms: 2210,
        input_tokens: 4400,
        output_tokens: 1290,
        calls: 3,
        fallbacks: [{ variant: "personalized:admin", to: "fallback_template", reason: "model output failed the schema 3 times" }],
      },
      evals: [
        { id: "schema_validity", status: "pass" },
        { id: "grounding", status: "fail" },
      ],
      approval: { status: "approved", reviewers: ["brand", "legal"], at: "2026-06-01T10:12:00Z" },
      publish: { status: "published", target: "outbox" },
    });
    expect(formatTrace(record)).toBe(
      [
        "Trace: trace_9f42a1",
        "Workflow: trial_expiration_email",
        "Run ID: run_2026_06_01_0830",
        "Prompt version: trial_expiration_email:v7",
        "Model: gpt-4.1",
        "Temperature: model default",
        "Inputs:",
        "- campaign_brief_id: brief_284",
        "- approved_claims_version: claims_v14",
        "Generation:",
        "- latency_ms: 2210",
        "- input_tokens: 4400",
        "- output_tokens: 1290",
        "- fallback personalized:admin: fallback_template (model output failed the schema 3 times)",
        "Evals:",
        "- schema_validity: pass",
        "- grounding: fail",
        "Approval:",
        "- status: approved",
        "- reviewers: brand, legal",
        "- at: 2026-06-01T10:12:00Z",
        "Publish:",
        "- status: published",
        "- target: outbox",
        "",
      ].join("\n"),
    );
  });

  it("says none under a section the run left empty", () => {
    const text = formatTrace(issueExampleTrace({ inputs: {}, evals: [] }));
    expect(text).toContain("Inputs:\n- none\nGeneration:");
    expect(text).toContain("Evals:\n- none\nApproval:");
  });
});

describe("formatTraceList", () => {
  it("aligns one row a run under a header", () => {
    const records = [
      issueExampleTrace({ trace_id: "trace_4bf92f3577b34da6a3ce929d0e0e4736", started_at: "2026-06-02T09:15:42.120Z", prompt_version: "trial_expiration_email:v8", verdict: "pass", publish: { status: "published", target: "outbox" } }),
      issueExampleTrace({ verdict: undefined, workflow: "paid_search_ads", prompt_version: "paid_search_ads:v2" }),
    ];
    expect(formatTraceList(records)).toBe(
      [
        "TRACE ID                                TIME (UTC)        WORKFLOW                PROMPT VERSION             VERDICT  PUBLISH",
        "trace_4bf92f3577b34da6a3ce929d0e0e4736  2026-06-02 09:15  trial_expiration_email  trial_expiration_email:v8  pass     published",
        "trace_9f42a1                            2026-06-01 08:30  paid_search_ads         paid_search_ads:v2         -        blocked",
        "",
      ].join("\n"),
    );
  });

  it("tells the user how to get a first trace when there is none", () => {
    expect(formatTraceList([])).toBe("no traces in .copygate/traces — run npx copygate generate <campaign-dir> first\n");
  });
});

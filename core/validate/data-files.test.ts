import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DraftsFile } from "../model/index.ts";
import { draftsContentHash } from "../pipeline/drafts.ts";
import { copyRepoContent } from "../prompts/testing.ts";
import { breakFile, lineOf, problemLines } from "./testing.ts";

const CLAIMS = "policies/claims/claims_v14.yaml";
const BRAND = "policies/brand/brand_v6.yaml";
const SOURCE = "sources/product_usage.yaml";
const EDGE = "datasets/trial_expiration_email/edge_cases.jsonl";
const DRAFTS = "campaigns/trial-expiration-3d/drafts.json";
const HASH = `sha256:${"a".repeat(64)}`;

function validDrafts(): DraftsFile {
  const content = { subject_lines: ["a", "b", "c"], preview_text: "p", email_body: "b", cta_text: "Upgrade to Team", rationale: "r", risk_flags: [] };
  return {
    schema_version: 1,
    campaign: "trial-expiration-3d",
    variants: [{ audience: { key: "generic", variant: "generic", recipients: 3 }, content, source: "model", evals: { verdict: "pass", risk_level: "low", checks: [] } }],
    audience_counts: { personalized: 0, generic: 3, excluded: 1, excluded_reasons: { opted_out: 1 } },
    checkpoint: { workflow: "trial_expiration_email", run_id: "run_1", prompt_version: "trial_expiration_email:v7", audience: "generic", risk_level: "low", verdict: "pass", required_reviewers: ["lifecycle-marketing"], decision: "auto_approved" },
    provenance: {
      workflow: "trial_expiration_email", prompt_ref: "trial_expiration_email@production", prompt_version: 7, prompt_hash: HASH, model: "openai/gpt-4.1",
      parameters: { temperature: 0.4 }, campaign_hash: HASH, policy_versions: { approved_claims: "claims_v14" }, policy_hashes: {},
      input_snapshots: { audience_segment: { snapshot_hash: HASH, max_loaded_at: "2026-11-24T08:00:00Z" } }, prompt_inputs_hash: HASH, trace_id: "trace_ab12", run_id: "run_1", generated_at: "2026-11-24T08:30:00Z",
    },
    content_hash: draftsContentHash([{ audience: { key: "generic", variant: "generic", recipients: 3 }, content } as unknown as DraftsFile["variants"][number]]),
  };
}

describe("validating grounding rules", () => {
  const GROUNDING = "policies/grounding/grounding_v1.yaml";
  it("accepts the committed rules and names a pattern that does not compile and an unknown field, with their lines", async () => {
    const root = await copyRepoContent(["policies"]);
    try {
      expect(await problemLines(root, [GROUNDING])).toEqual([]);
      const text = await breakFile(root, GROUNDING, "      - '\\bworks (?:on|with) (?:any|every|all)\\b'", "      - '\\bworks (?:on|with (?:any'");
      const line = text.split("\n").findIndex((l) => l.includes("works (?:on|with (?:any")) + 1;
      expect(await problemLines(root, [GROUNDING])).toEqual([
        `${GROUNDING}:${line}:9: pattern does not compile (Invalid regular expression: /\\bworks (?:on|with (?:any/i: Unterminated group): fix the regular expression`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("validating policies", () => {
  it("reports a bad date, a reused id and a version that differs from the file name", async () => {
    const root = await copyRepoContent();
    await breakFile(root, CLAIMS, "approved_at: 2026-09-15", "approved_at: 15 September 2026");
    await breakFile(root, CLAIMS, "version: claims_v14", "version: claims_v15");
    const text = await breakFile(root, CLAIMS, "  - id: setup_time", "  - id: keep_work");
    expect(await problemLines(root, [CLAIMS])).toEqual([
      `${CLAIMS}:6:1: approved_at must be a date like 2026-10-02 (found "15 September 2026")`,
    ]);
    await breakFile(root, CLAIMS, "approved_at: 15 September 2026", "approved_at: 2026-09-15");
    expect(await problemLines(root, [CLAIMS])).toEqual([
      `${CLAIMS}:3:1: version "claims_v15" differs from the file name: rename the file to claims_v15.yaml or fix the version`,
      `${CLAIMS}:${text.split("\n").lastIndexOf("  - id: keep_work") + 1}:5: id "keep_work" is used twice`,
    ]);
  });

  it("reports a missing nested field at its parent key", async () => {
    const root = await copyRepoContent();
    const text = await breakFile(root, BRAND, "  canonical: Lumora\n", "");
    expect(await problemLines(root, [BRAND])).toEqual([
      `${BRAND}:${lineOf(text, "product_name:")}:1: missing required field "canonical" in product_name`,
    ]);
  });
});

describe("validating a source definition", () => {
  it("follows the kind it declares and names a missing snapshot file", async () => {
    const root = await copyRepoContent();
    await breakFile(root, SOURCE, "format: csv", "format: xlsx");
    expect(await problemLines(root, [SOURCE])).toEqual([`${SOURCE}:6:1: format must be one of: "json", "jsonl", "csv" (found "xlsx")`]);
    await breakFile(root, SOURCE, "format: xlsx", "format: csv");
    await breakFile(root, SOURCE, "path: datasets/snapshots/product_usage.csv", "path: datasets/snapshots/usage.csv");
    await breakFile(root, SOURCE, "name: product_usage", "name: usage");
    expect(await problemLines(root, [SOURCE])).toEqual([
      `${SOURCE}:2:1: name "usage" differs from the file name: campaigns refer to this source as "product_usage"`,
      `${SOURCE}:5:1: snapshot file datasets/snapshots/usage.csv does not exist`,
    ]);
  });

  it("reports the fields a postgres source needs", async () => {
    const root = await copyRepoContent();
    await breakFile(root, SOURCE, "kind: file", "kind: postgres");
    expect(await problemLines(root, [SOURCE])).toEqual([
      `${SOURCE}:2:1: missing required field "connection_env"`,
      `${SOURCE}:2:1: missing required field "query"`,
      `${SOURCE}:5:1: unknown field "path" (allowed: name, description, loaded_at_field, key, contains_personal_data, columns, kind, connection_env, hosts, query)`,
      `${SOURCE}:6:1: unknown field "format" (allowed: name, description, loaded_at_field, key, contains_personal_data, columns, kind, connection_env, hosts, query)`,
    ]);
  });
});

describe("validating a dataset", () => {
  it("reports each row's problems on its own line, at the offending key", async () => {
    const root = await copyRepoContent();
    const lines = (await readFile(join(root, EDGE), "utf8")).split("\n");
    lines[1] = lines[1]!.replace('"role":"analyst"', '"role":7');
    lines[2] = lines[2]!.replace('"reviewer_decision":null', '"reviewer_decision":"maybe"');
    lines[3] = lines[3]!.slice(0, -1);
    lines[4] = lines[4]!.replace('"id":"edge_005"', '"id":"edge_001"');
    await writeFile(join(root, EDGE), lines.join("\n"));
    const col = (row: number, needle: string) => lines[row]!.indexOf(needle) + 1;
    expect(await problemLines(root, [EDGE])).toEqual([
      `${EDGE}:2:${col(1, '"role":7')}: input does not fit trial_expiration_email@7's input schema: audience.role must be text, not number 7`,
      `${EDGE}:3:${col(2, '"reviewer_decision"')}: reviewer_decision must be one of: "approved", "rejected", null (found "maybe")`,
      `${EDGE}:4:${lines[3]!.length + 1}: invalid JSON: check for a missing comma, quote or bracket here`,
      `${EDGE}:5:2: id "edge_001" is already used on line 1`,
    ]);
  });

  it("reports inputs that miss a field the production prompt requires", async () => {
    const root = await copyRepoContent();
    const lines = (await readFile(join(root, EDGE), "utf8")).split("\n");
    lines[0] = lines[0]!.replace(/,"footer":\{[^}]*\}/, "");
    await writeFile(join(root, EDGE), lines.join("\n"));
    expect(await problemLines(root, [EDGE])).toEqual([
      `${EDGE}:1:${lines[0]!.indexOf('"input"') + 1}: input does not fit trial_expiration_email@7's input schema: missing required field "footer"`,
    ]);
  });
});

describe("validating drafts.json", () => {
  it("accepts drafts in the shape core/model/draft.ts describes", async () => {
    const root = await copyRepoContent();
    await writeFile(join(root, DRAFTS), JSON.stringify(validDrafts(), null, 2));
    expect(await problemLines(root, [DRAFTS])).toEqual([]);
  });

  it("reports content outside the prompt version's output schema and a wrong campaign", async () => {
    const root = await copyRepoContent();
    const drafts = validDrafts();
    drafts.campaign = "trial-expiration-7d";
    (drafts.variants[0]!.content as Record<string, unknown>).subject_lines = ["only one"];
    drafts.content_hash = draftsContentHash(drafts.variants);
    const text = JSON.stringify(drafts, null, 2);
    await writeFile(join(root, DRAFTS), text);
    expect(await problemLines(root, [DRAFTS])).toEqual([
      `${DRAFTS}:3:3: campaign "trial-expiration-7d" differs from its folder "trial-expiration-3d"`,
      `${DRAFTS}:${lineOf(text, '"subject_lines"')}:9: content does not fit trial_expiration_email@7's output schema: subject_lines needs at least 3 items (found 1)`,
    ]);
  });

  it("reports content edited after generation: the content hash no longer matches", async () => {
    const root = await copyRepoContent();
    const drafts = validDrafts();
    (drafts.variants[0]!.content as Record<string, unknown>).email_body = "Edited by hand";
    const text = JSON.stringify(drafts, null, 2);
    await writeFile(join(root, DRAFTS), text);
    expect(await problemLines(root, [DRAFTS])).toEqual([
      `${DRAFTS}:${lineOf(text, '"content_hash"')}:3: content_hash does not match the variants' content (edited after generation?): run copygate generate campaigns/trial-expiration-3d and commit the result`,
    ]);
  });

  it("reports a broken JSON file at the parser's position", async () => {
    const root = await copyRepoContent();
    await writeFile(join(root, DRAFTS), '{\n  "schema_version": 1,\n  "campaign": "x"\n  "variants": []\n}\n');
    expect(await problemLines(root, [DRAFTS])).toEqual([`${DRAFTS}:4:3: invalid JSON: check for a missing comma, quote or bracket here`]);
  });
});

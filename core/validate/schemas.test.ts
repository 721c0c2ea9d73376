import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../prompts/testing.ts";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { schemaValidator } from "./ajv.ts";
import { SCHEMAS, schemaFileText } from "./schemas/index.ts";
import type { SchemaName } from "./schemas/index.ts";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

describe("the published JSON Schemas", () => {
  it("are exactly what the code defines", async () => {
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
      const committed = await readFile(join(REPO_ROOT, "schemas", `${name}.schema.json`), "utf8").catch(() => "(missing)");
      expect(committed, `schemas/${name}.schema.json is stale: run node bin/run-ts.js scripts/write-schemas.ts`).toBe(schemaFileText(name));
    }
  });

  it("compile, and say which dialect and address they have", () => {
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
      expect(typeof schemaValidator(name)).toBe("function");
      expect(SCHEMAS[name].$id).toBe(`https://copygate.dev/schemas/${name}.schema.json`);
      expect(SCHEMAS[name].$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("are valid JSON Schema 2020-12 (the validator trusts them and skips this check at run time)", () => {
    const metaChecker = new Ajv2020({ strict: false });
    addFormats(metaChecker);
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
      expect(metaChecker.validateSchema(SCHEMAS[name]), `${name}: ${metaChecker.errorsText(metaChecker.errors)}`).toBe(true);
    }
    // The check can fail: a type that is not a JSON Schema type is refused.
    expect(metaChecker.validateSchema({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "text" })).toBe(false);
  });

  it("accept a trace record with the fields core/model/trace.ts requires and refuse one without them", () => {
    const validate = schemaValidator("trace");
    const record = {
      trace_id: "trace_9f2c", kind: "generate", workflow: "trial_expiration_email", run_id: "run_2026_06_01_0830", started_at: "2026-06-01T08:30:00Z",
      prompt_version: "trial_expiration_email:v7", model: "openai/gpt-4.1", inputs: { approved_claims: "claims_v14" },
      generation: { latency_ms: 812, input_tokens: 900, output_tokens: 300, calls: 4, fallbacks: [] },
      evals: [{ id: "subject_length", status: "pass" }], approval: { status: "pending", reviewers: [] }, publish: { status: "not_started" },
    };
    expect(validate(record)).toBe(true);
    expect(validate({ ...record, prompt_version: "v7" })).toBe(false);
  });
});

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { REPO_ROOT } from "../prompts/testing.ts";
import { compileUserSchema, schemaValidator } from "./ajv.ts";
import { SCHEMAS } from "./schemas/index.ts";
import type { SchemaName } from "./schemas/index.ts";
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { precompiledSchemasSource } from "../../scripts/precompiled-schemas.mjs";

interface Generated {
  PRECOMPILED: Record<string, ValidateFunction>;
  PRECOMPILED_META: ValidateFunction;
}

/** The package build's generated module, bundled as the build bundles it, then loaded. */
async function loadGenerated(): Promise<Generated> {
  const bundled = await build({
    stdin: { contents: precompiledSchemasSource(REPO_ROOT) as string, resolveDir: join(REPO_ROOT, "core", "validate"), loader: "js" },
    bundle: true, platform: "node", format: "esm", write: false, logLevel: "silent",
  });
  const code = bundled.outputFiles[0]!.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as Generated;
}

async function loadPrecompiled(): Promise<Record<string, ValidateFunction>> {
  return (await loadGenerated()).PRECOMPILED;
}

const errorsOf = (validate: ValidateFunction, data: unknown) => {
  validate(data);
  return (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params, message: e.message, parentSchema: e.parentSchema }));
};

describe("the package's precompiled schema validators", () => {
  it("cover every schema and report exactly what the run-time compiled ones report", async () => {
    const precompiled = await loadPrecompiled();
    expect(Object.keys(precompiled).sort()).toEqual(Object.keys(SCHEMAS).sort());

    const campaign = parse(await readFile(join(REPO_ROOT, "campaigns/trial-expiration-3d/campaign.yaml"), "utf8")) as Record<string, unknown>;
    const claims = parse(await readFile(join(REPO_ROOT, "policies/claims/claims_v14.yaml"), "utf8")) as Record<string, unknown>;
    const samples: [SchemaName, unknown][] = [
      ["campaign", campaign],
      ["campaign", { ...campaign, channel: 7, owner: undefined, unknown_field: true }],
      ["campaign", { ...campaign, freshness: { max_age_hours: "soon" } }],
      ["claims", claims],
      ["claims", { ...claims, version: 14, claims: [{ id: "" }] }],
      ["trace", { trace_id: "t", kind: "nonsense" }],
      ["drafts", []],
    ];
    let invalid = 0;
    for (const [name, data] of samples) {
      const expected = errorsOf(schemaValidator(name), data);
      if (expected.length > 0) invalid++;
      expect(errorsOf(precompiled[name]!, data), name).toEqual(expected);
    }
    // The comparison means something only if some samples were refused and some accepted.
    expect(invalid).toBeGreaterThanOrEqual(4);
    expect(invalid).toBeLessThan(samples.length);
  });
});

describe("the package's precompiled meta-schema", () => {
  afterEach(() => {
    vi.doUnmock("./precompiled-schemas.ts");
    vi.resetModules();
  });

  it("accepts and refuses user-written schemas as ajv does, with ajv's message word for word", async () => {
    const schemas: object[] = [
      { type: "object", properties: { subject: { type: "string", maxLength: 50 } }, required: ["subject"] },
      { type: "object", properties: { subject: { type: "strng" } } },
      { type: "object", required: "subject" },
      { type: "string", minLength: -1, pattern: 7 },
      { $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", items: { type: "integer" } },
      { $schema: "http://json-schema.org/draft-07/schema#", type: "string" },
      { properties: { a: { $ref: "#/$defs/missing" } } },
    ];
    const shape = (compiled: ReturnType<typeof compileUserSchema>) => ({ error: compiled.error, compiled: compiled.validate !== undefined });
    const atRunTime = schemas.map((schema) => shape(compileUserSchema(schema)));
    // The package: ajv.ts with the generated module in place of the empty development one, as the build bundles it.
    const generated = await loadGenerated();
    vi.resetModules();
    vi.doMock("./precompiled-schemas.ts", () => generated);
    const packaged = (await import("./ajv.ts")) as { compileUserSchema: typeof compileUserSchema };
    expect(schemas.map((schema) => shape(packaged.compileUserSchema(schema)))).toEqual(atRunTime);
    expect(atRunTime.map((r) => r.error)).toEqual([
      undefined,
      "schema is invalid: data/properties/subject/type must be equal to one of the allowed values, data/properties/subject/type must be array, data/properties/subject/type must match a schema in anyOf",
      "schema is invalid: data/required must be array",
      "schema is invalid: data/minLength must be >= 0, data/pattern must be string",
      undefined,
      expect.stringMatching(/^no schema with key or ref "http:\/\/json-schema.org\/draft-07\/schema#"$/),
      expect.stringMatching(/^can't resolve reference #\/\$defs\/missing/),
    ]);
    // Refusing a schema does not depend on ajv having compiled the meta-schema first.
    expect(generated.PRECOMPILED_META({ type: "strng" })).toBe(false);
  });
});

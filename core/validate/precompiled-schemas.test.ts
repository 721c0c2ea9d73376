import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { REPO_ROOT } from "../prompts/testing.ts";
import { schemaValidator } from "./ajv.ts";
import { SCHEMAS } from "./schemas/index.ts";
import type { SchemaName } from "./schemas/index.ts";
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { precompiledSchemasSource } from "../../scripts/precompiled-schemas.mjs";

/** The package build's generated module, bundled as the build bundles it, then loaded. */
async function loadPrecompiled(): Promise<Record<string, ValidateFunction>> {
  const bundled = await build({
    stdin: { contents: precompiledSchemasSource(REPO_ROOT) as string, resolveDir: join(REPO_ROOT, "core", "validate"), loader: "js" },
    bundle: true, platform: "node", format: "esm", write: false, logLevel: "silent",
  });
  const code = bundled.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { PRECOMPILED: Record<string, ValidateFunction> };
  return module.PRECOMPILED;
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

// ajv "standalone" validators for copygate's own file formats, generated from the published
// schemas/*.schema.json when the package is built. An installed copygate then validates a repository
// without compiling eleven schemas (and the 2020-12 meta-schema) on every start; the code it runs
// is what ajv would have compiled at run time, with the same options.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";

const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** Options must match core/validate/ajv.ts's shared instance, or the errors would differ. */
export const SHARED_AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, validateSchema: false };

/** The meta-schema user-written schemas (a prompt's input and output schema) are checked against. */
export const META_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/**
 * ES module source exporting PRECOMPILED: { <schema name>: validate function }, and PRECOMPILED_META,
 * the 2020-12 meta-schema's validator, which checks user-written schemas before ajv compiles them.
 */
export function precompiledSchemasSource(root) {
  const ajv = new Ajv2020({ ...SHARED_AJV_OPTIONS, code: { source: true, esm: true } });
  addFormats(ajv);
  const exportsByName = {};
  for (const file of readdirSync(join(root, "schemas")).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8"));
    const name = file.slice(0, -".schema.json".length);
    ajv.addSchema(schema);
    exportsByName[`validate_${name.replace(/[^a-z0-9]/gi, "_")}`] = { id: schema.$id, name };
  }
  const exported = Object.fromEntries(Object.entries(exportsByName).map(([exportName, { id }]) => [exportName, id]));
  const code = standaloneCode(ajv, { ...exported, validate_meta_2020_12: META_2020_12 });
  const table = Object.entries(exportsByName).map(([exportName, { name }]) => `  ${JSON.stringify(name)}: ${exportName},`).join("\n");
  return `${code}\nexport const PRECOMPILED = {\n${table}\n};\nexport const PRECOMPILED_META = validate_meta_2020_12;\n`;
}

/** esbuild plugin: the package's bundle gets the generated module in place of the empty development one. */
export function precompiledSchemasPlugin(root) {
  return {
    name: "copygate-precompiled-schemas",
    setup(build) {
      build.onLoad({ filter: /core[\\/]validate[\\/]precompiled-schemas\.ts$/ }, () => ({
        contents: precompiledSchemasSource(root),
        loader: "js",
        resolveDir: join(root, "core", "validate"),
      }));
    },
  };
}

import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { SCHEMAS } from "./schemas/index.ts";
import type { SchemaName } from "./schemas/index.ts";
import { PRECOMPILED, PRECOMPILED_META } from "./precompiled-schemas.ts";

// ajv-formats is CommonJS: under NodeNext its default import is the module object on some toolchains.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

function newAjv(validateSchema = true): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, validateSchema });
  addFormats(ajv);
  return ajv;
}

// copygate's own schemas are checked against the 2020-12 meta-schema by a test (schemas.test.ts), not
// on every start: compiling the meta-schema is a third of `copygate validate`'s work.
const shared = newAjv(false);
// User schemas carry no $id, so one instance can hold them all; a bad $id in one would only fail that one.
// One instance checks each schema against its meta-schema while compiling it; where the package has the
// 2020-12 meta-schema's validator precompiled, that checks it and the other instance only compiles.
let userAjv: Ajv2020 | undefined;
let userAjvChecked: Ajv2020 | undefined;
const META_2020_12 = "https://json-schema.org/draft/2020-12/schema";

function compileUser(schema: object): ValidateFunction {
  const $schema = (schema as { $schema?: unknown }).$schema;
  if (!PRECOMPILED_META || ($schema !== undefined && $schema !== META_2020_12)) return (userAjv ??= newAjv()).compile(schema);
  const checked = (userAjvChecked ??= newAjv(false));
  // The message ajv's own check throws (Ajv.validateSchema), word for word.
  if (!PRECOMPILED_META(schema)) throw new Error(`schema is invalid: ${checked.errorsText(PRECOMPILED_META.errors)}`);
  return checked.compile(schema);
}
const compiled = new Map<SchemaName, ValidateFunction>();

export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = PRECOMPILED[name] ?? shared.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}

const userSchemas = new Map<string, { validate?: ValidateFunction; error?: string }>();

/**
 * Compiles a user-written schema (a prompt's input or output schema) once per distinct text;
 * a broken schema is a problem to report, not a crash.
 */
export function compileUserSchema(schema: object): { validate?: ValidateFunction; error?: string } {
  const key = JSON.stringify(schema);
  let compiledSchema = userSchemas.get(key);
  if (!compiledSchema) {
    try {
      compiledSchema = { validate: compileUser(schema) };
    } catch (error) {
      compiledSchema = { error: (error as Error).message.split("\n")[0] };
    }
    userSchemas.set(key, compiledSchema);
  }
  return compiledSchema;
}

export type { ErrorObject, ValidateFunction };

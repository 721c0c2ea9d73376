import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { SCHEMAS } from "./schemas/index.ts";
import type { SchemaName } from "./schemas/index.ts";

// ajv-formats is CommonJS: under NodeNext its default import is the module object on some toolchains.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  return ajv;
}

const shared = newAjv();
const compiled = new Map<SchemaName, ValidateFunction>();

export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = shared.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** Compiles a user-written schema (a prompt's input or output schema); a broken schema is a problem, not a crash. */
export function compileUserSchema(schema: object): { validate?: ValidateFunction; error?: string } {
  try {
    return { validate: newAjv().compile(schema) };
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0] };
  }
}

export type { ErrorObject, ValidateFunction };

import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { SchemaName } from "./schemas/index.ts";
export declare function schemaValidator(name: SchemaName): ValidateFunction;
/**
 * Compiles a user-written schema (a prompt's input or output schema) once per distinct text;
 * a broken schema is a problem to report, not a crash.
 */
export declare function compileUserSchema(schema: object): {
    validate?: ValidateFunction;
    error?: string;
};
export type { ErrorObject, ValidateFunction };

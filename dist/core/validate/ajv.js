import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { SCHEMAS } from "./schemas/index.js";
// ajv-formats is CommonJS: under NodeNext its default import is the module object on some toolchains.
const addFormats = (addFormatsModule.default ?? addFormatsModule);
function newAjv() {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    addFormats(ajv);
    return ajv;
}
const shared = newAjv();
// User schemas carry no $id, so one instance can hold them all; a bad $id in one would only fail that one.
const userAjv = newAjv();
const compiled = new Map();
export function schemaValidator(name) {
    let validate = compiled.get(name);
    if (!validate) {
        validate = shared.compile(SCHEMAS[name]);
        compiled.set(name, validate);
    }
    return validate;
}
const userSchemas = new Map();
/**
 * Compiles a user-written schema (a prompt's input or output schema) once per distinct text;
 * a broken schema is a problem to report, not a crash.
 */
export function compileUserSchema(schema) {
    const key = JSON.stringify(schema);
    let compiledSchema = userSchemas.get(key);
    if (!compiledSchema) {
        try {
            compiledSchema = { validate: userAjv.compile(schema) };
        }
        catch (error) {
            compiledSchema = { error: error.message.split("\n")[0] };
        }
        userSchemas.set(key, compiledSchema);
    }
    return compiledSchema;
}

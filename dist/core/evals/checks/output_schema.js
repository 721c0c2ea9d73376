import { Ajv } from "ajv";
import addFormatsPlugin from "ajv-formats";
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats ships CommonJS; its default export is the plugin function under NodeNext.
addFormatsPlugin(ajv);
/** Output schemas are compiled once per schema object: campaigns check many drafts against one. */
const compiled = new WeakMap();
function validatorFor(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
    }
    return validate;
}
export const outputSchema = {
    label: "JSON schema",
    owner: "schema",
    channels: "all",
    run(draft, ctx) {
        const validate = validatorFor(ctx.outputSchema);
        if (validate(draft))
            return { status: "pass", message: "The draft matches the workflow's output schema." };
        const problems = (validate.errors ?? []).map((e) => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "the draft";
            const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
            return `${where} ${e.message ?? "is invalid"}${extra}`;
        });
        return {
            status: "fail",
            message: `The draft does not match the workflow's output schema: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}. Regenerate it or fix the field.`,
            evidence: problems,
        };
    },
};

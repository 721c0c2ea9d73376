/** Building blocks shared by the published schemas. Plain objects, so they serialize to JSON Schema as-is. */
export const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
export const schemaId = (name) => `https://copygate.dev/schemas/${name}.schema.json`;
export const text = { type: "string", minLength: 1 };
export const textList = { type: "array", items: text };
export const count = { type: "integer", minimum: 0 };
export const isoDate = { type: "string", format: "date" };
export const isoDateTime = { type: "string", format: "date-time" };
export const dateOrDateTime = { anyOf: [isoDate, isoDateTime] };
export const riskLevel = { enum: ["low", "medium", "high"] };
export const verdict = { enum: ["pass", "review", "fail"] };
export const checkStatus = { enum: ["pass", "warn", "fail", "skipped"] };
export const sha256Hash = { type: "string", pattern: "^sha256:[0-9a-f]{64}$" };
/** An object that names every field it allows: a typo becomes an "unknown field" problem. */
export function closedObject(properties, required = []) {
    return { type: "object", additionalProperties: false, required, properties };
}
/** Every policy document carries who approved which version and when. */
export function policyDocument(kind, versionPrefix, extra, extraRequired) {
    return {
        $schema: SCHEMA_DIALECT,
        ...closedObject({
            kind: { const: kind },
            version: described("The version id; the same as the file name.", { type: "string", pattern: `^${versionPrefix}_v[0-9]+$` }),
            status: described("Only an approved version may be used by a campaign.", { enum: ["approved", "draft", "archived"] }),
            approved_by: described("The teams that approved this version.", { type: "array", items: text, minItems: 1 }),
            approved_at: described("The approval date, YYYY-MM-DD.", isoDate),
            ...extra,
        }, ["kind", "version", "status", "approved_by", "approved_at", ...extraRequired]),
    };
}
/** Adds the hover text editors show for a field. */
export function described(description, schema) {
    return { description, ...schema };
}

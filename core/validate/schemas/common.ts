/** Building blocks shared by the published schemas. Plain objects, so they serialize to JSON Schema as-is. */
export const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
export const schemaId = (name: string): string => `https://copygate.dev/schemas/${name}.schema.json`;

/** Every text field has a ceiling: a 5 MB key message must stop at validate, not fill a prompt and a drafts file. */
export const TEXT_MAX_CHARS = 5000;
export const text = { type: "string", minLength: 1, maxLength: TEXT_MAX_CHARS } as const;
/** A bounded text: the brief's fields reach every prompt and every reviewer. */
export const boundedText = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
export const textList = { type: "array", items: text } as const;
export const count = { type: "integer", minimum: 0 } as const;
export const isoDate = { type: "string", format: "date" } as const;
export const isoDateTime = { type: "string", format: "date-time" } as const;
export const dateOrDateTime = { anyOf: [isoDate, isoDateTime] } as const;
export const riskLevel = { enum: ["low", "medium", "high"] } as const;
export const verdict = { enum: ["pass", "review", "fail"] } as const;
export const checkStatus = { enum: ["pass", "warn", "fail", "skipped"] } as const;
export const sha256Hash = { type: "string", pattern: "^sha256:[0-9a-f]{64}$" } as const;

/** An object that names every field it allows: a typo becomes an "unknown field" problem. */
export function closedObject(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return { type: "object", additionalProperties: false, required, properties };
}

/** Every policy document carries who approved which version and when. */
export function policyDocument(kind: string, versionPrefix: string, extra: Record<string, unknown>, extraRequired: string[]): Record<string, unknown> {
  return {
    $schema: SCHEMA_DIALECT,
    ...closedObject(
      {
        kind: { const: kind },
        version: described("The version id; the same as the file name.", { type: "string", pattern: `^${versionPrefix}_v[0-9]+$` }),
        status: described("Only an approved version may be used by a campaign.", { enum: ["approved", "draft", "archived"] }),
        approved_by: described("The teams that approved this version.", { type: "array", items: text, minItems: 1 }),
        approved_at: described("The approval date, YYYY-MM-DD.", isoDate),
        ...extra,
      },
      ["kind", "version", "status", "approved_by", "approved_at", ...extraRequired],
    ),
  };
}

/** Adds the hover text editors show for a field. */
export function described<T extends object>(description: string, schema: T): T & { description: string } {
  return { description, ...schema };
}

/** Every file format's schema, by the name it is published under (schemas/<name>.schema.json). */
import { campaignSchema } from "./campaign.ts";
import { datasetRowSchema } from "./dataset.ts";
import { draftsSchema } from "./drafts.ts";
import { brandSchema, claimsSchema, groundingSchema, legalSchema } from "./policies.ts";
import { promptFrontmatterSchema } from "./prompt.ts";
import { releasesSchema } from "./releases.ts";
import { sourceSchema } from "./source.ts";
import { traceSchema } from "./trace.ts";

export type SchemaName = "campaign" | "releases" | "claims" | "legal" | "brand" | "grounding" | "source" | "dataset-row" | "drafts" | "trace" | "prompt-frontmatter";

export const SCHEMAS: Record<SchemaName, Record<string, unknown>> = {
  campaign: campaignSchema,
  releases: releasesSchema,
  claims: claimsSchema,
  legal: legalSchema,
  brand: brandSchema,
  grounding: groundingSchema,
  source: sourceSchema,
  "dataset-row": datasetRowSchema,
  drafts: draftsSchema,
  trace: traceSchema,
  "prompt-frontmatter": promptFrontmatterSchema,
};

/** The published file's text: stable key order from the code, two-space indent, trailing newline. */
export function schemaFileText(name: SchemaName): string {
  return `${JSON.stringify(SCHEMAS[name], null, 2)}\n`;
}

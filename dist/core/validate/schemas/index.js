/** Every file format's schema, by the name it is published under (schemas/<name>.schema.json). */
import { campaignSchema } from "./campaign.js";
import { datasetRowSchema } from "./dataset.js";
import { draftsSchema } from "./drafts.js";
import { brandSchema, claimsSchema, legalSchema } from "./policies.js";
import { promptFrontmatterSchema } from "./prompt.js";
import { releasesSchema } from "./releases.js";
import { sourceSchema } from "./source.js";
import { traceSchema } from "./trace.js";
export const SCHEMAS = {
    campaign: campaignSchema,
    releases: releasesSchema,
    claims: claimsSchema,
    legal: legalSchema,
    brand: brandSchema,
    source: sourceSchema,
    "dataset-row": datasetRowSchema,
    drafts: draftsSchema,
    trace: traceSchema,
    "prompt-frontmatter": promptFrontmatterSchema,
};
/** The published file's text: stable key order from the code, two-space indent, trailing newline. */
export function schemaFileText(name) {
    return `${JSON.stringify(SCHEMAS[name], null, 2)}\n`;
}

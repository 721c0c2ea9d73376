/** Repository validation: schemas, cross-references, problems at the line and column of the offending key. */
export { validateRepository, DEFAULT_TARGETS } from "./validate.ts";
export type { ValidationResult } from "./validate.ts";
export { formatProblem, formatGithubAnnotation, summaryLine, sortProblems } from "./problems.ts";
export type { Problem } from "./problems.ts";
export { SCHEMAS, schemaFileText } from "./schemas/index.ts";
export type { SchemaName } from "./schemas/index.ts";
export { schemaValidator } from "./ajv.ts";
export { parseTemplate, templateVariables } from "./template-vars.ts";

/** Repository validation: schemas, cross-references, problems at the line and column of the offending key. */
export { validateRepository, DEFAULT_TARGETS } from "./validate.js";
export { formatProblem, formatGithubAnnotation, summaryLine, sortProblems } from "./problems.js";
export { SCHEMAS, schemaFileText } from "./schemas/index.js";
export { schemaValidator } from "./ajv.js";
export { parseTemplate, templateVariables } from "./template-vars.js";

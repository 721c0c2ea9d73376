import { posix } from "node:path";
import { compileUserSchema } from "./ajv.js";
import { productionVersion } from "./context.js";
import { parseLocatedJson } from "./json-file.js";
import { schemaIssues } from "./messages.js";
import { problemAt, schemaProblems } from "./yaml-file.js";
/** datasets/<workflow>/*.jsonl: each row's shape, unique ids, and inputs the production prompt accepts. */
export async function checkDataset(file, text, ctx) {
    const workflowName = posix.basename(posix.dirname(file));
    const workflow = (await ctx.workflows()).get(workflowName);
    if (!workflow)
        return [{ path: file, line: 1, col: 1, message: `datasets/${workflowName}/ names no workflow: there is no prompts/${workflowName}/releases.yaml` }];
    const production = productionVersion(workflow);
    const inputSchema = production === undefined ? undefined : workflow.versions.get(production)?.inputSchema;
    const validateInput = inputSchema ? compileUserSchema(inputSchema).validate : undefined;
    const problems = [];
    const ids = new Map();
    text.split("\n").forEach((line, i) => {
        if (line.trim() === "")
            return;
        problems.push(...rowProblems(file, line, i, `${workflowName}@${production}`, validateInput, ids));
    });
    return problems;
}
function rowProblems(file, line, index, ref, validateInput, ids) {
    const located = parseLocatedJson(line, index);
    if ("jsonError" in located)
        return [{ path: file, ...located.jsonError }];
    const invalid = schemaProblems(file, located, "dataset-row", located.data ?? null);
    if (invalid.length > 0)
        return invalid;
    const row = located.data;
    const problems = [];
    const earlier = ids.get(row.id);
    if (earlier !== undefined)
        problems.push(problemAt(file, located, ["id"], `id "${row.id}" is already used on line ${earlier}`));
    else
        ids.set(row.id, index + 1);
    if (validateInput && !validateInput(row.input)) {
        for (const issue of schemaIssues(validateInput.errors)) {
            problems.push(problemAt(file, located, ["input", ...issue.path], `input does not fit ${ref}'s input schema: ${issue.message}`));
        }
    }
    return problems;
}

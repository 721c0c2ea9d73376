import { posix } from "node:path";
import { productionVersion } from "./context.js";
import { renderedFallbackProblems } from "./fallback-render.js";
import { parseTemplate, templateVariables } from "./template-vars.js";
import { standardContextNames, suppliedByCampaign } from "./variables.js";
/** prompts/<workflow>/fallback.hbs: parses, reads only what campaigns supply, fills only output-schema fields. */
export async function checkFallback(file, text, ctx) {
    const parsed = parseTemplate(text);
    if (parsed.error)
        return [{ path: file, line: parsed.error.line, col: parsed.error.col, message: parsed.error.message }];
    const problems = [];
    for (const variable of templateVariables(parsed.program)) {
        if (!suppliedByCampaign(variable.path)) {
            problems.push({ path: file, line: variable.line, col: variable.col, message: `template variable "${variable.path.join(".")}" is not supplied by campaigns (they supply ${standardContextNames()})` });
        }
    }
    const workflowName = posix.basename(posix.dirname(file));
    const workflow = (await ctx.workflows()).get(workflowName);
    const production = productionVersion(workflow);
    const outputSchema = production === undefined ? undefined : workflow?.versions.get(production)?.outputSchema;
    const fields = Object.keys(outputSchema?.properties ?? {});
    if (fields.length === 0)
        return problems;
    text.split("\n").forEach((line, i) => {
        const header = /^## (\S+)\s*$/.exec(line);
        if (header?.[1] && !fields.includes(header[1])) {
            problems.push({ path: file, line: i + 1, col: 4, message: `"${header[1]}" is not a field of the production output schema (fields: ${fields.join(", ")})` });
        }
    });
    const filled = new Set(text.split("\n").map((l) => /^## (\S+)\s*$/.exec(l)?.[1]).filter(Boolean));
    const required = outputSchema.required ?? [];
    for (const field of required.filter((f) => !filled.has(f))) {
        problems.push({ path: file, line: 1, col: 1, message: `the fallback fills no "${field}", which the production output schema requires: add a "## ${field}" section` });
    }
    if (problems.length > 0 || !outputSchema)
        return problems;
    return renderedFallbackProblems(file, text, workflowName, outputSchema, ctx);
}

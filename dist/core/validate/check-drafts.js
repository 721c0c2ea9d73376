import { posix } from "node:path";
import { compileUserSchema } from "./ajv.js";
import { parseLocatedJson } from "./json-file.js";
import { schemaIssues } from "./messages.js";
import { problemAt, schemaProblems } from "./yaml-file.js";
/** campaigns/<id>/drafts.json: its shape, its campaign, and each variant's content in the prompt version's output schema. */
export async function checkDrafts(file, text, ctx) {
    const located = parseLocatedJson(text);
    if ("jsonError" in located)
        return [{ path: file, ...located.jsonError }];
    const invalid = schemaProblems(file, located, "drafts", located.data ?? null);
    if (invalid.length > 0)
        return invalid;
    const drafts = located.data;
    const problems = [];
    const folder = posix.basename(posix.dirname(file));
    if (drafts.campaign !== folder)
        problems.push(problemAt(file, located, ["campaign"], `campaign "${drafts.campaign}" differs from its folder "${folder}"`));
    const { workflow, prompt_version: version } = drafts.provenance;
    const facts = (await ctx.workflows()).get(workflow)?.versions.get(version);
    if (!facts)
        return [...problems, problemAt(file, located, ["provenance", "prompt_version"], `prompt ${workflow}@${version} does not exist in prompts/`)];
    const validate = facts.outputSchema ? compileUserSchema(facts.outputSchema).validate : undefined;
    drafts.variants.forEach((variant, i) => {
        if (validate && !validate(variant.content)) {
            for (const issue of schemaIssues(validate.errors)) {
                problems.push(problemAt(file, located, ["variants", i, "content", ...issue.path], `content does not fit ${workflow}@${version}'s output schema: ${issue.message}`));
            }
        }
    });
    return problems;
}

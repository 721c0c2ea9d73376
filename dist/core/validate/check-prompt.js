import { posix } from "node:path";
import { versionFromFileName } from "../prompts/index.js";
import { compileUserSchema } from "./ajv.js";
import { parseLocated } from "./positions.js";
import { splitPromptFile } from "../prompts/index.js";
import { parseTemplate, templateVariables } from "./template-vars.js";
import { declaredInSchema, requiredPaths, standardContextNames, suppliedByCampaign } from "./variables.js";
import { problemAt, schemaProblems } from "./yaml-file.js";
/** A .prompt file: frontmatter schema, name and version, both schemas compile, and every template variable is declared and supplied. */
export async function checkPrompt(file, text, ctx) {
    const folder = posix.basename(posix.dirname(file));
    const isWorkflow = (await ctx.workflows()).has(folder);
    const number = versionFromFileName(folder, posix.basename(file));
    const problems = [];
    if (isWorkflow && number === null)
        problems.push({ path: file, line: 1, col: 1, message: `a prompt version of ${folder} is named ${folder}.v<N>.prompt (for example ${folder}.v9.prompt)` });
    const parts = splitPromptFile(text);
    if (!parts)
        return [...problems, { path: file, line: 1, col: 1, message: "a .prompt file starts with a --- line, then its YAML frontmatter, then another --- line, then the template" }];
    const located = parseLocated(parts.frontmatter, parts.frontmatterLineOffset);
    if (located.syntaxError) {
        const { line, col, message } = located.syntaxError;
        problems.push({ path: file, line, col, message: `YAML syntax error in the frontmatter: ${message}` });
    }
    const parsedTemplate = parseTemplate(parts.template);
    if (parsedTemplate.error) {
        const { line, col, message } = parsedTemplate.error;
        problems.push({ path: file, line: line + parts.templateLineOffset, col, message });
    }
    if (!isWorkflow || located.syntaxError)
        return problems;
    problems.push(...schemaProblems(file, located, "prompt-frontmatter", located.data ?? null));
    const frontmatter = (located.data && typeof located.data === "object" ? located.data : {});
    problems.push(...identityProblems(file, located, frontmatter, folder, number));
    const inputSchema = frontmatter.input?.schema;
    if (!inputSchema || typeof inputSchema !== "object")
        return problems;
    problems.push(...schemaCompileProblems(file, located, frontmatter));
    if (parsedTemplate.program)
        problems.push(...variableProblems(file, parsedTemplate.program, inputSchema, parts.templateLineOffset));
    for (const path of requiredPaths(inputSchema)) {
        if (!suppliedByCampaign(path))
            problems.push(problemAt(file, located, ["input", "schema", "required"], `required input "${path.join(".")}" is not supplied by campaigns: make it optional or remove it`));
    }
    return problems;
}
function variableProblems(file, program, inputSchema, lineOffset) {
    const problems = [];
    for (const variable of templateVariables(program)) {
        const name = variable.path.join(".");
        const where = { path: file, line: variable.line + lineOffset, col: variable.col };
        if (!declaredInSchema(inputSchema, variable.path))
            problems.push({ ...where, message: `template variable "${name}" is not declared in the input schema: add it under input.schema.properties` });
        else if (!suppliedByCampaign(variable.path))
            problems.push({ ...where, message: `template variable "${name}" is not supplied by campaigns (they supply ${standardContextNames()})` });
    }
    return problems;
}
function identityProblems(file, located, frontmatter, folder, number) {
    const problems = [];
    if (typeof frontmatter.name === "string" && frontmatter.name !== folder)
        problems.push(problemAt(file, located, ["name"], `name "${frontmatter.name}" differs from the workflow folder "${folder}"`));
    if (number !== null && frontmatter.version !== undefined && Number(frontmatter.version) !== number) {
        problems.push(problemAt(file, located, ["version"], `version "${frontmatter.version}" differs from the file name's v${number}`));
    }
    return problems;
}
function schemaCompileProblems(file, located, frontmatter) {
    const problems = [];
    for (const side of ["input", "output"]) {
        const schema = frontmatter[side]?.schema;
        if (!schema || typeof schema !== "object")
            continue;
        const { error } = compileUserSchema(schema);
        if (error)
            problems.push(problemAt(file, located, [side, "schema"], `${side}.schema is not a valid JSON Schema: ${error}`));
    }
    return problems;
}

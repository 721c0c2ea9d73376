import { posix } from "node:path";
import { versionFromFileName } from "../prompts/index.ts";
import { compileUserSchema } from "./ajv.ts";
import type { RepoContext } from "./context.ts";
import type { LocatedDocument } from "./positions.ts";
import { parseLocated } from "./positions.ts";
import type { Problem } from "./problems.ts";
import { splitPromptFile } from "../prompts/index.ts";
import { parseTemplate, templateVariables } from "./template-vars.ts";
import { declaredInSchema, requiredPaths, standardContextNames, suppliedByCampaign } from "./variables.ts";
import { problemAt, schemaProblems } from "./yaml-file.ts";

interface Frontmatter {
  name?: string;
  version?: string;
  input?: { schema?: object };
  output?: { schema?: object };
}

/** A .prompt file: frontmatter schema, name and version, both schemas compile, and every template variable is declared and supplied. */
export async function checkPrompt(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const folder = posix.basename(posix.dirname(file));
  const isWorkflow = (await ctx.workflows()).has(folder);
  const number = versionFromFileName(folder, posix.basename(file));
  const problems: Problem[] = [];
  if (isWorkflow && number === null) problems.push({ path: file, line: 1, col: 1, message: `a prompt version of ${folder} is named ${folder}.v<N>.prompt (for example ${folder}.v9.prompt)` });
  const parts = splitPromptFile(text);
  if (!parts) return [...problems, { path: file, line: 1, col: 1, message: "a .prompt file starts with a --- line, then its YAML frontmatter, then another --- line, then the template" }];
  const located = parseLocated(parts.frontmatter, parts.frontmatterLineOffset, ctx.parsedTexts);
  if (located.syntaxError) {
    const { line, col, message } = located.syntaxError;
    problems.push({ path: file, line, col, message: `YAML syntax error in the frontmatter: ${message}` });
  }
  const parsedTemplate = parseTemplate(parts.template);
  if (parsedTemplate.error) {
    const { line, col, message } = parsedTemplate.error;
    problems.push({ path: file, line: line + parts.templateLineOffset, col, message });
  }
  if (!isWorkflow || located.syntaxError) return problems;
  problems.push(...schemaProblems(file, located, "prompt-frontmatter", located.data ?? null));
  const frontmatter = (located.data && typeof located.data === "object" ? located.data : {}) as Frontmatter;
  problems.push(...identityProblems(file, located, frontmatter, folder, number));
  const inputSchema = frontmatter.input?.schema;
  if (!inputSchema || typeof inputSchema !== "object") return problems;
  problems.push(...schemaCompileProblems(file, located, frontmatter));
  if (parsedTemplate.program) problems.push(...variableProblems(file, parsedTemplate.program, inputSchema, parts.templateLineOffset));
  for (const path of requiredPaths(inputSchema)) {
    if (!suppliedByCampaign(path)) problems.push(problemAt(file, located, ["input", "schema", "required"], `required input "${path.join(".")}" is not supplied by campaigns: make it optional or remove it`));
  }
  return problems;
}

function variableProblems(file: string, program: hbs.AST.Program, inputSchema: object, lineOffset: number): Problem[] {
  const problems: Problem[] = [];
  for (const variable of templateVariables(program)) {
    const name = variable.path.join(".");
    const where = { path: file, line: variable.line + lineOffset, col: variable.col };
    if (!declaredInSchema(inputSchema, variable.path)) problems.push({ ...where, message: `template variable "${name}" is not declared in the input schema: add it under input.schema.properties` });
    else if (!suppliedByCampaign(variable.path)) problems.push({ ...where, message: `template variable "${name}" is not supplied by campaigns (they supply ${standardContextNames()})` });
  }
  return problems;
}

function identityProblems(file: string, located: LocatedDocument, frontmatter: Frontmatter, folder: string, number: number | null): Problem[] {
  const problems: Problem[] = [];
  if (typeof frontmatter.name === "string" && frontmatter.name !== folder) problems.push(problemAt(file, located, ["name"], `name "${frontmatter.name}" differs from the workflow folder "${folder}"`));
  if (number !== null && frontmatter.version !== undefined && Number(frontmatter.version) !== number) {
    problems.push(problemAt(file, located, ["version"], `version "${frontmatter.version}" differs from the file name's v${number}`));
  }
  return problems;
}

function schemaCompileProblems(file: string, located: LocatedDocument, frontmatter: Frontmatter): Problem[] {
  const problems: Problem[] = [];
  for (const side of ["input", "output"] as const) {
    const schema = frontmatter[side]?.schema;
    if (!schema || typeof schema !== "object") continue;
    const { error } = compileUserSchema(schema);
    if (error) problems.push(problemAt(file, located, [side, "schema"], `${side}.schema is not a valid JSON Schema: ${error}`));
  }
  return problems;
}

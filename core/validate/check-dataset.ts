import { posix } from "node:path";
import { compileUserSchema } from "./ajv.ts";
import type { ValidateFunction } from "./ajv.ts";
import type { RepoContext } from "./context.ts";
import { productionVersion } from "./context.ts";
import { parseLocatedJson } from "./json-file.ts";
import { schemaIssues } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { problemAt, schemaProblems } from "./yaml-file.ts";

/** datasets/<workflow>/*.jsonl: each row's shape, unique ids, and inputs the production prompt accepts. */
export async function checkDataset(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const workflowName = posix.basename(posix.dirname(file));
  const workflow = (await ctx.workflows()).get(workflowName);
  if (!workflow) return [{ path: file, line: 1, col: 1, message: `datasets/${workflowName}/ names no workflow: there is no prompts/${workflowName}/releases.yaml` }];
  const production = productionVersion(workflow);
  const inputSchema = production === undefined ? undefined : workflow.versions.get(production)?.inputSchema;
  const validateInput = inputSchema ? compileUserSchema(inputSchema).validate : undefined;
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    problems.push(...rowProblems(file, line, i, `${workflowName}@${production}`, validateInput, ids));
  });
  return problems;
}

function rowProblems(file: string, line: string, index: number, ref: string, validateInput: ValidateFunction | undefined, ids: Map<string, number>): Problem[] {
  const located = parseLocatedJson(line, index);
  if ("jsonError" in located) return [{ path: file, ...located.jsonError }];
  const invalid = schemaProblems(file, located, "dataset-row", located.data ?? null);
  if (invalid.length > 0) return invalid;
  const row = located.data as { id: string; input: object };
  const problems: Problem[] = [];
  const earlier = ids.get(row.id);
  if (earlier !== undefined) problems.push(problemAt(file, located, ["id"], `id "${row.id}" is already used on line ${earlier}`));
  else ids.set(row.id, index + 1);
  if (validateInput && !validateInput(row.input)) {
    for (const issue of schemaIssues(validateInput.errors)) {
      problems.push(problemAt(file, located, ["input", ...issue.path], `input does not fit ${ref}'s input schema: ${issue.message}`));
    }
  }
  return problems;
}

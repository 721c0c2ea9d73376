import { posix } from "node:path";
import type { SourceDefinition } from "../model/index.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

/** sources/<name>.yaml: schema, the name matches the file, a file source's snapshot exists. */
export async function checkSource(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const checked = checkYamlFile(file, text, "source");
  if (!checked.valid) return checked.problems;
  const source = checked.data as SourceDefinition;
  const problems = [...checked.problems];
  const expected = posix.basename(file, ".yaml");
  if (source.name !== expected) problems.push(problemAt(file, checked.located, ["name"], `name "${source.name}" differs from the file name: campaigns refer to this source as "${expected}"`));
  const outside = source.kind === "file" ? await ctx.outside(source.path) : null;
  if (outside) problems.push(problemAt(file, checked.located, ["path"], outside));
  else if (source.kind === "file" && !(await ctx.exists(source.path))) {
    problems.push(problemAt(file, checked.located, ["path"], `snapshot file ${source.path} does not exist`));
  }
  return problems;
}

import { posix } from "node:path";
import type { DraftsFile } from "../model/index.ts";
import { draftsContentHash } from "../pipeline/drafts.ts";
import { compileUserSchema } from "./ajv.ts";
import type { RepoContext } from "./context.ts";
import { parseLocatedJson } from "./json-file.ts";
import { schemaIssues } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { problemAt, schemaProblems } from "./yaml-file.ts";

/** campaigns/<id>/drafts.json: its shape, its campaign, and each variant's content in the prompt version's output schema. */
export async function checkDrafts(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const located = parseLocatedJson(text);
  if ("jsonError" in located) return [{ path: file, ...located.jsonError }];
  const invalid = schemaProblems(file, located, "drafts", located.data ?? null);
  if (invalid.length > 0) return invalid;
  const drafts = located.data as DraftsFile;
  const problems: Problem[] = [];
  const folder = posix.basename(posix.dirname(file));
  if (drafts.campaign !== folder) problems.push(problemAt(file, located, ["campaign"], `campaign "${drafts.campaign}" differs from its folder "${folder}"`));
  // Approval binds to content: a hand edit after generation must not pass as what the checks saw.
  if (draftsContentHash(drafts.variants) !== drafts.content_hash) {
    problems.push(problemAt(file, located, ["content_hash"], `content_hash does not match the variants' content (edited after generation?): run copygate generate campaigns/${folder} and commit the result`));
  }
  const { workflow, prompt_version: version } = drafts.provenance;
  const facts = (await ctx.workflows()).get(workflow)?.versions.get(version);
  if (!facts) return [...problems, problemAt(file, located, ["provenance", "prompt_version"], `prompt ${workflow}@${version} does not exist in prompts/`)];
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

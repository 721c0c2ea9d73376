import { readFile } from "node:fs/promises";
import { normalizeFileText } from "../files/boundary.ts";
import { relative, resolve } from "node:path";
import { InputError } from "../errors.ts";
import { loadCampaign, loadPolicies } from "../files/index.ts";
import { loadPromptRegistry } from "../prompts/index.ts";
import type { Campaign } from "../model/index.ts";
import type { CheckContext } from "./types.ts";
import { checkContextFor } from "./context.ts";

/** A campaign's check context from the repository: its policies and the pinned prompt's output schema. */
export async function loadCheckContext(
  root: string,
  campaignDir: string,
  audience: { usageSummary?: string; crmNotes?: string[] } = {},
): Promise<{ campaign: Campaign; ctx: CheckContext }> {
  const campaign = await loadCampaign(root, campaignDir);
  const [policies, registry] = await Promise.all([loadPolicies(root, campaign.policies), loadPromptRegistry(root)]);
  const outputSchema = registry.resolve(campaign.prompt).outputSchema;
  return { campaign, ctx: checkContextFor({ campaign, policies, outputSchema, ...audience }) };
}

/** Line and column of a JSON.parse error, from "position N" (Node 20) or "line L column C" (Node 22+). */
function errorPosition(message: string, text: string): { line: number; col: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const position = /end of JSON/i.test(message) ? text.length : Number(/position (\d+)/.exec(message)?.[1] ?? 0);
  const before = text.slice(0, position).split("\n");
  return { line: before.length, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Reads one draft object (in the workflow's output schema) from a JSON file. */
export async function readDraftFile(root: string, path: string): Promise<Record<string, unknown>> {
  const display = relative(root, resolve(root, path)) || path;
  let text: string;
  try {
    // A draft to check may live anywhere (a reviewer's scratch file); a BOM or CRLF is accepted all the same.
    text = normalizeFileText(await readFile(resolve(root, path), "utf8"));
  } catch {
    throw new InputError(`cannot read the draft file ${display}`, { file: display, hint: "pass --draft with a path relative to the repository root" });
  }
  let draft: unknown;
  try {
    draft = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`the draft is not valid JSON (${message.split("\n")[0]})`, { file: display, ...errorPosition(message, text), hint: "fix the JSON syntax" });
  }
  if (!draft || typeof draft !== "object" || Array.isArray(draft)) {
    throw new InputError("the draft file must hold one JSON object in the workflow's output schema", { file: display, hint: "put a single draft object in the file, not a list" });
  }
  return draft as Record<string, unknown>;
}

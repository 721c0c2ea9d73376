import { posix } from "node:path";
import type { Releases } from "../files/index.ts";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

/** prompts/<workflow>/releases.yaml: the production pin and every history entry point at real prompt files. */
export async function checkReleases(file: string, text: string, ctx: RepoContext): Promise<Problem[]> {
  const checked = checkYamlFile(file, text, "releases", ctx.parsedTexts);
  if (!checked.valid) return checked.problems;
  const releases = checked.data as Releases;
  const at = (path: (string | number)[], message: string) => problemAt(file, checked.located, path, message);
  const folder = posix.basename(posix.dirname(file));
  const problems = [...checked.problems];
  if (releases.workflow !== folder) problems.push(at(["workflow"], `workflow "${releases.workflow}" differs from its folder "${folder}"`));
  const versions = (await ctx.workflows()).get(folder)?.versions ?? new Map();
  const promptFile = (v: number) => `prompts/${folder}/${folder}.v${v}.prompt`;

  const pinned = releases.history.find((h) => h.version === releases.production);
  if (!pinned) problems.push(at(["production"], `production version ${releases.production} has no entry in history: add one, or pin a version listed there`));
  else if (pinned.status !== "approved") problems.push(at(["production"], `production version ${releases.production} has status "${pinned.status}" in history: only an approved version can be production`));
  if (!versions.has(releases.production)) problems.push(at(["production"], `production version ${releases.production} has no prompt file: ${promptFile(releases.production)} does not exist`));

  const seen = new Set<number>();
  releases.history.forEach((entry, i) => {
    if (seen.has(entry.version)) problems.push(at(["history", i, "version"], `version ${entry.version} appears twice in history`));
    seen.add(entry.version);
    if (!versions.has(entry.version)) problems.push(at(["history", i, "version"], `version ${entry.version} has no prompt file: ${promptFile(entry.version)} does not exist`));
  });
  for (const version of versions.keys()) {
    if (!seen.has(version)) problems.push(at(["history"], `${promptFile(version)} is not in history: add an entry with its date, note and status`));
  }
  const fallbackOutside = releases.fallback_template ? await ctx.outside(`prompts/${folder}/${releases.fallback_template}`) : null;
  if (fallbackOutside) problems.push(at(["fallback_template"], fallbackOutside));
  else if (releases.fallback_template && !(await ctx.exists(`prompts/${folder}/${releases.fallback_template}`))) {
    problems.push(at(["fallback_template"], `fallback template prompts/${folder}/${releases.fallback_template} does not exist`));
  }
  for (const [i, dataset] of (releases.promotion?.datasets ?? []).entries()) {
    const datasetOutside = await ctx.outside(dataset);
    if (datasetOutside) problems.push(at(["promotion", "datasets", i], datasetOutside));
    else if (!(await ctx.exists(dataset))) problems.push(at(["promotion", "datasets", i], `dataset ${dataset} does not exist`));
  }
  return problems;
}

import { posix } from "node:path";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import type { SchemaName } from "./schemas/index.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

/** policies/{claims,legal,brand}/<version>.yaml: schema, and the version named like its file. */
export function policyCheck(name: SchemaName) {
  return async (file: string, text: string, _ctx: RepoContext): Promise<Problem[]> => {
    const checked = checkYamlFile(file, text, name);
    if (!checked.valid) return checked.problems;
    const data = checked.data as { version: string; claims?: { id: string }[]; restrictions?: { id: string }[] };
    const problems = [...checked.problems];
    const expected = posix.basename(file, ".yaml");
    if (data.version !== expected) problems.push(problemAt(file, checked.located, ["version"], `version "${data.version}" differs from the file name: rename the file to ${data.version}.yaml or fix the version`));
    const list = data.claims ? "claims" : "restrictions";
    const seen = new Set<string>();
    (data.claims ?? data.restrictions ?? []).forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problemAt(file, checked.located, [list, i, "id"], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
    return problems;
  };
}

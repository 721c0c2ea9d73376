import { posix } from "node:path";
import type { RepoContext } from "./context.ts";
import type { Problem } from "./problems.ts";
import type { SchemaName } from "./schemas/index.ts";
import { checkYamlFile, problemAt } from "./yaml-file.ts";

/** policies/{claims,legal,brand}/<version>.yaml: schema, and the version named like its file. */
export function policyCheck(name: SchemaName) {
  return async (file: string, text: string, ctx: RepoContext): Promise<Problem[]> => {
    const checked = checkYamlFile(file, text, name, ctx.parsedTexts);
    if (!checked.valid) return checked.problems;
    const data = checked.data as { version: string; claims?: { id: string }[]; restrictions?: { id: string }[]; claim_kinds?: { id: string; patterns?: string[] }[]; self_reference?: { patterns?: string[] } };
    const problems = [...checked.problems];
    const expected = posix.basename(file, ".yaml");
    if (data.version !== expected) problems.push(problemAt(file, checked.located, ["version"], `version "${data.version}" differs from the file name: rename the file to ${data.version}.yaml or fix the version`));
    const list = data.claims ? "claims" : data.restrictions ? "restrictions" : "claim_kinds";
    const seen = new Set<string>();
    (data.claims ?? data.restrictions ?? data.claim_kinds ?? []).forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problemAt(file, checked.located, [list, i, "id"], `id "${item.id}" is used twice`));
      seen.add(item.id);
    });
    // Grounding rules carry regular expressions: one that does not compile is named here, not at check time.
    const patterns: [(string | number)[], string][] = [
      ...(data.claim_kinds ?? []).flatMap((k, i) => (k.patterns ?? []).map((p, j): [(string | number)[], string] => [["claim_kinds", i, "patterns", j], p])),
      ...(data.self_reference?.patterns ?? []).map((p, j): [(string | number)[], string] => [["self_reference", "patterns", j], p]),
    ];
    for (const [path, pattern] of patterns) {
      const error = regexError(pattern);
      if (error) problems.push(problemAt(file, checked.located, path, `pattern does not compile (${error}): fix the regular expression`));
    }
    return problems;
  };
}

function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "i");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

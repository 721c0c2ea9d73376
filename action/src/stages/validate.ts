/**
 * Validation of the changed files, as findings at file:line. Until core/validate publishes its
 * index this parses each file (YAML, JSON, prompt frontmatter) so syntax errors are annotated.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError, isInputError } from "../../../core/errors.ts";
import { readYamlFile } from "../../../core/files/index.ts";
import { parsePromptVersion, versionFromFileName } from "../../../core/prompts/index.ts";
import type { Finding } from "../../../core/report/index.ts";

export async function validateFiles(root: string, files: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const path of files) {
    try {
      await parseFile(root, path);
    } catch (error) {
      if (!isInputError(error)) throw error;
      findings.push({ path: error.file ?? path, line: error.line ?? 1, level: "failure", title: "invalid file", message: error.hint ? `${error.message} — ${error.hint}` : error.message });
    }
  }
  return findings;
}

async function parseFile(root: string, path: string): Promise<void> {
  if (/\.ya?ml$/.test(path)) {
    await readYamlFile(root, path);
    return;
  }
  const text = await readFile(join(root, path), "utf8");
  if (path.endsWith(".json")) {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new InputError(`not valid JSON: ${(error as Error).message}`, { file: path, hint: "fix the syntax, or regenerate the file with copygate" });
    }
  } else if (path.endsWith(".prompt")) {
    const workflow = path.split("/")[1] ?? "";
    parsePromptVersion(workflow, versionFromFileName(workflow, basename(path)) ?? 0, path, text);
  }
}

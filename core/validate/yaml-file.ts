import { posix } from "node:path";
import { schemaValidator } from "./ajv.ts";
import { schemaIssues } from "./messages.ts";
import type { LocatedDocument } from "./positions.ts";
import { parseLocated } from "./positions.ts";
import type { ParsedTexts } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { SchemaName } from "./schemas/index.ts";

export interface CheckedFile {
  located: LocatedDocument;
  /** The data when the file parsed; undefined after a syntax error. */
  data: unknown;
  /** True when the data matches its schema, so cross-reference checks can trust its shape. */
  valid: boolean;
  problems: Problem[];
}

/** A problem at the key `path` of a located document. */
export function problemAt(file: string, located: LocatedDocument, path: (string | number)[], message: string): Problem {
  return { path: file, ...located.locate(path), message };
}

/** Schema problems of already-parsed data, each at its key. */
export function schemaProblems(file: string, located: LocatedDocument, name: SchemaName, data: unknown, basePath: (string | number)[] = []): Problem[] {
  const validate = schemaValidator(name);
  if (validate(data)) return [];
  return schemaIssues(validate.errors).map((issue) => problemAt(file, located, [...basePath, ...issue.path], issue.message));
}

/** The `# yaml-language-server: $schema=…` line that lets editors check the file while it is typed. */
export function expectedSchemaLine(file: string, name: SchemaName): string {
  const depth = posix.dirname(file).split("/").filter((s) => s && s !== ".").length;
  return `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${name}.schema.json`;
}

/** parsedTexts: the run's (RepoContext.parsedTexts), so a file other checks also read is parsed once. */
export function checkYamlFile(file: string, text: string, name: SchemaName, parsedTexts?: ParsedTexts): CheckedFile {
  const problems: Problem[] = [];
  const firstLine = text.replace(/^\uFEFF/, "").split("\n", 1)[0]?.trimEnd() ?? "";
  const expected = expectedSchemaLine(file, name);
  if (firstLine !== expected) {
    const message = firstLine.startsWith("# yaml-language-server:")
      ? `the schema line points elsewhere: write "${expected}"`
      : `add "${expected}" as the first line, so editors check this file`;
    problems.push({ path: file, line: 1, col: 1, message, advisory: true });
  }
  const located = parseLocated(text, 0, parsedTexts);
  if (located.syntaxError) {
    const { line, col, message } = located.syntaxError;
    return { located, data: undefined, valid: false, problems: [...problems, { path: file, line, col, message: `YAML syntax error: ${message}` }] };
  }
  const invalid = schemaProblems(file, located, name, located.data ?? null);
  return { located, data: located.data, valid: invalid.length === 0, problems: [...problems, ...invalid] };
}

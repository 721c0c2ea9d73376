import { posix } from "node:path";
import { schemaValidator } from "./ajv.js";
import { schemaIssues } from "./messages.js";
import { parseLocated } from "./positions.js";
/** A problem at the key `path` of a located document. */
export function problemAt(file, located, path, message) {
    return { path: file, ...located.locate(path), message };
}
/** Schema problems of already-parsed data, each at its key. */
export function schemaProblems(file, located, name, data, basePath = []) {
    const validate = schemaValidator(name);
    if (validate(data))
        return [];
    return schemaIssues(validate.errors).map((issue) => problemAt(file, located, [...basePath, ...issue.path], issue.message));
}
/** The `# yaml-language-server: $schema=…` line that lets editors check the file while it is typed. */
export function expectedSchemaLine(file, name) {
    const depth = posix.dirname(file).split("/").filter((s) => s && s !== ".").length;
    return `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${name}.schema.json`;
}
export function checkYamlFile(file, text, name) {
    const problems = [];
    const firstLine = text.replace(/^\uFEFF/, "").split("\n", 1)[0]?.trimEnd() ?? "";
    const expected = expectedSchemaLine(file, name);
    if (firstLine !== expected) {
        const message = firstLine.startsWith("# yaml-language-server:")
            ? `the schema line points elsewhere: write "${expected}"`
            : `add "${expected}" as the first line, so editors check this file`;
        problems.push({ path: file, line: 1, col: 1, message, advisory: true });
    }
    const located = parseLocated(text);
    if (located.syntaxError) {
        const { line, col, message } = located.syntaxError;
        return { located, data: undefined, valid: false, problems: [...problems, { path: file, line, col, message: `YAML syntax error: ${message}` }] };
    }
    const invalid = schemaProblems(file, located, name, located.data ?? null);
    return { located, data: located.data, valid: invalid.length === 0, problems: [...problems, ...invalid] };
}

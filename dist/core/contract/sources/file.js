import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { InputError } from "../../errors.js";
import { parseCsv } from "./csv.js";
import { SourceReadError } from "./types.js";
/** A snapshot file in the repository: JSON (an array, or {rows: [...]}), JSONL or CSV. */
export const loadFileSource = async (root, definition) => {
    const absolute = resolve(root, definition.path);
    const display = relative(root, absolute);
    if (display.startsWith("..") || isAbsolute(display)) {
        throw new InputError(`source "${definition.name}" points outside the repository: ${definition.path}`, {
            file: `sources/${definition.name}.yaml`,
            field: "path",
            hint: "keep snapshot files inside the repository, e.g. under datasets/snapshots/",
        });
    }
    let text;
    try {
        text = await readFile(absolute, "utf8");
    }
    catch {
        throw new SourceReadError(definition.name, `cannot read ${display}`);
    }
    if (definition.format === "csv")
        return parseCsv(text, display);
    if (definition.format === "jsonl")
        return parseJsonLines(text, display);
    return parseJsonRows(text, display);
};
function parseJsonLines(text, file) {
    const rows = [];
    text.split(/\r?\n/).forEach((lineText, index) => {
        if (lineText.trim() === "")
            return;
        let value;
        try {
            value = JSON.parse(lineText);
        }
        catch {
            throw new InputError("line is not valid JSON", { file, line: index + 1, hint: "each line of a .jsonl file holds one JSON object" });
        }
        rows.push(asRow(value, file, index + 1));
    });
    return rows;
}
function parseJsonRows(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // V8 quotes the text around the fault, which may be a recipient's row: report only where it is.
        const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
        const line = Number.isNaN(position) ? undefined : text.slice(0, position).split("\n").length;
        throw new InputError("file is not valid JSON", { file, line, hint: "fix the JSON syntax at this line" });
    }
    const rows = Array.isArray(value) ? value : value?.rows;
    if (!Array.isArray(rows)) {
        throw new InputError("JSON snapshot holds no rows", { file, hint: 'write an array of objects, or {"rows": [...]}' });
    }
    return rows.map((row) => asRow(row, file));
}
function asRow(value, file, line) {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new InputError("a row must be a JSON object", { file, line, hint: 'e.g. {"user_id": "usr_1", "updated_at": "…"}' });
    }
    return value;
}

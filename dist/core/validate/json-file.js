import { parseLocated } from "./positions.js";
/**
 * Parses JSON strictly (JSON.parse); keys are located through the YAML parser, which reads JSON
 * with positions, only when a problem needs a position: a clean 120-row dataset never pays for it.
 */
export function parseLocatedJson(text, lineOffset = 0) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { jsonError: { ...jsonErrorPosition(text, error.message, lineOffset), message: "invalid JSON: check for a missing comma, quote or bracket here" } };
    }
    let located;
    return { data, locate: (path) => (located ??= parseLocated(text, lineOffset)).locate(path) };
}
function jsonErrorPosition(text, message, lineOffset) {
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.trimEnd().length;
    const before = text.slice(0, offset).split("\n");
    return { line: before.length + lineOffset, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

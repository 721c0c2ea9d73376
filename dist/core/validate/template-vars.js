import Handlebars from "handlebars";
// Dotprompt's helpers plus Handlebars' built-ins: names that are never input variables.
const HELPERS = new Set(["role", "json", "section", "media", "history", "ifEquals", "unlessEquals", "each", "if", "unless", "with", "lookup", "log"]);
// Blocks whose body reads from a new context (the item), so plain paths inside are not root variables.
const SCOPING_BLOCKS = new Set(["each", "with"]);
/** Parses a Handlebars template; a syntax error comes back with its template line. */
export function parseTemplate(template) {
    try {
        return { program: Handlebars.parse(template) };
    }
    catch (error) {
        const { message, lineNumber, column } = error;
        if (lineNumber !== undefined) {
            return { error: { message: `template syntax error: ${message.replace(/ - \d+:\d+$/, "")}`, line: lineNumber, col: (column ?? 0) + 1 } };
        }
        // Parser errors name the line only; their caret points into an excerpt with newlines removed.
        const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
        const got = /got '([A-Z_]+)'/.exec(message)?.[1];
        const detail = got === "EOF" ? "the template ends before a {{#block}} or {{ }} is closed" : got ? `unexpected ${got.toLowerCase().replace(/_/g, " ")}` : "cannot parse";
        return { error: { message: `template syntax error: ${detail}`, line, col: 1 } };
    }
}
/** Every root-level variable the template reads, first occurrence of each path. */
export function templateVariables(program) {
    const found = new Map();
    const record = (path, scope) => {
        const parts = rootParts(path, scope);
        if (!parts || parts.length === 0)
            return;
        const key = parts.join(".");
        if (!found.has(key))
            found.set(key, { path: parts, line: path.loc?.start.line ?? 1, col: (path.loc?.start.column ?? 0) + 1 });
    };
    const visitExpression = (node, scope) => {
        if (!node)
            return;
        if (node.type === "PathExpression")
            record(node, scope);
        if (node.type === "SubExpression")
            visitCall(node, scope);
    };
    const visitCall = (call, scope) => {
        const isHelper = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || (call.path.type === "PathExpression" && HELPERS.has(call.path.original));
        if (!isHelper)
            visitExpression(call.path, scope);
        for (const param of call.params)
            visitExpression(param, scope);
        for (const pair of call.hash?.pairs ?? [])
            visitExpression(pair.value, scope);
    };
    const visitProgram = (program, scope) => {
        for (const statement of program?.body ?? []) {
            if (statement.type === "MustacheStatement")
                visitCall(statement, scope);
            if (statement.type === "BlockStatement") {
                const block = statement;
                visitCall(block, scope);
                const name = block.path.type === "PathExpression" ? block.path.original : "";
                visitProgram(block.program, SCOPING_BLOCKS.has(name) ? scope + 1 : scope);
                visitProgram(block.inverse, scope);
            }
        }
    };
    visitProgram(program, 0);
    return [...found.values()];
}
/** The path from the input's root, or null when the path is relative to an #each/#with item or is @data. */
function rootParts(path, scope) {
    if (path.data)
        return path.parts[0] === "root" ? path.parts.slice(1) : null;
    if (path.original === "this" || path.original === "." || /^(this[./]|\.\/)/.test(path.original))
        return null;
    return scope - path.depth === 0 ? [...path.parts] : null;
}

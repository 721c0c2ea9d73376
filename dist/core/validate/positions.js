import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
/** Parses text; `lineOffset` shifts every line (a .prompt frontmatter starts after its `---` line, a JSONL row after the rows above). */
export function parseLocated(text, lineOffset = 0) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: line + lineOffset, col };
    };
    const error = doc.errors[0];
    const located = {
        data: error ? undefined : safeToJs(doc),
        locate: (path) => at(offsetOf(doc, path)),
    };
    if (error)
        located.syntaxError = { message: error.message.split("\n")[0] ?? "syntax error", ...at(error.pos[0]) };
    return located;
}
function safeToJs(doc) {
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        return undefined;
    }
}
function offsetOf(doc, path) {
    let node = doc.contents;
    let offset = startOf(node) ?? firstContentOffset(doc);
    for (const segment of path) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
            if (!pair)
                break;
            offset = startOf(pair.key) ?? offset;
            node = pair.value;
        }
        else if (isSeq(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                break;
            offset = startOf(item) ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return offset;
}
function keyText(key) {
    if (isScalar(key))
        return String(key.value);
    return typeof key === "string" ? key : undefined;
}
function startOf(node) {
    return node?.range?.[0];
}
function firstContentOffset(doc) {
    return doc.range?.[0] ?? 0;
}

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Document, Node } from "yaml";

export interface Position {
  line: number;
  col: number;
}

/** A parsed YAML (or JSON) text that can say where any data path sits in the original file. */
export interface LocatedDocument {
  data: unknown;
  /** The position of the key (or array item) at `path`; the deepest existing parent when it is missing. */
  locate(path: (string | number)[]): Position;
  /** The first syntax error, at the parser's position. */
  syntaxError?: { message: string } & Position;
}

interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  error?: { message: string; pos: [number, number] };
  converted: { data: unknown; aliasBomb?: true };
}

/**
 * The YAML texts one run has parsed, by text: a file is read by its own check and again by every
 * check that refers to it (a campaign's policies, a workflow's prompt versions). Its data is shared
 * by every reader: read it, never change it.
 */
export type ParsedTexts = Map<string, ParsedYaml>;

function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // logLevel "error": the yaml library would otherwise print Node warnings (e.g. for a `{{x}}: y` key) instead of us naming the line.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const error = doc.errors[0] ?? collectionKeyError(doc);
  return { doc, lineCounter, ...(error ? { error } : {}), converted: error ? { data: undefined } : safeToJs(doc) };
}

/** Parses text; `lineOffset` shifts every line (a .prompt frontmatter starts after its `---` line, a JSONL row after the rows above). */
export function parseLocated(text: string, lineOffset = 0, parsedTexts?: ParsedTexts): LocatedDocument {
  let parsed = parsedTexts?.get(text);
  if (!parsed) {
    parsed = parseYaml(text);
    parsedTexts?.set(text, parsed);
  }
  const { doc, lineCounter, error, converted } = parsed;
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, col };
  };
  const located: LocatedDocument = {
    data: converted.data,
    locate: (path) => at(offsetOf(doc, path)),
  };
  if (error) located.syntaxError = { message: error.message.split("\n")[0] ?? "syntax error", ...at(error.pos[0]) };
  else if (converted.aliasBomb) located.syntaxError = { message: ALIAS_BOMB_MESSAGE, ...at(firstAliasOffset(text)) };
  return located;
}

/** `{{brand_voice}}: x` parses as a mapping used as a key: name it as an error at its line, with the fix. */
function collectionKeyError(doc: Document): { message: string; pos: [number, number] } | undefined {
  let found: { message: string; pos: [number, number] } | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (found || !(isMap(pair.key) || isSeq(pair.key))) return;
      const range = (pair.key as { range?: [number, number, number] }).range ?? [0, 0, 0];
      found = { message: "a key must be plain text, but this one is a {…} or […] collection (a {{placeholder}} key is read as one): quote it, e.g. \"{{brand_voice}}\": …", pos: [range[0], range[1]] };
    },
  });
  return found;
}

/** What a file whose aliases expand without bound (a "billion laughs") is told, here and in core/files/yaml.ts. */
export const ALIAS_BOMB_MESSAGE = "aliases (*name) expand to too many values: write the values out instead of nesting aliases";
export const MAX_ALIAS_COUNT = 100;

function safeToJs(doc: Document): { data: unknown; aliasBomb?: true } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return /alias/i.test(String((error as Error)?.message)) ? { data: undefined, aliasBomb: true } : { data: undefined };
  }
}

export function firstAliasOffset(text: string): number {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
  return match ? match.index + (match[1]?.length ?? 0) : 0;
}

function offsetOf(doc: Document, path: (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? firstContentOffset(doc);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      offset = startOf(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      offset = startOf(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === "string" ? key : undefined;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function firstContentOffset(doc: Document): number {
  return doc.range?.[0] ?? 0;
}

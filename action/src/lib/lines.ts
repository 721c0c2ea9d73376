/** Line numbers for annotations: where a key sits in a YAML file, or an audience in drafts.json. */
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { Node } from "yaml";

/** 1-based line of the key at `path` (e.g. ["contract", "audience_segment"]); 1 when not found. */
export function yamlKeyLine(text: string, path: string[]): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) return line;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair) return line;
    const range = (pair.key as Node).range;
    if (range) line = counter.linePos(range[0]).line;
    node = pair.value;
  }
  return line;
}

/** 1-based line of the first `"key": "<audienceKey>"` in a drafts.json text; 1 when not found. */
export function draftsAudienceLine(text: string, audienceKey: string): number {
  const at = text.indexOf(`"key": ${JSON.stringify(audienceKey)}`);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}

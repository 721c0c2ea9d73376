import type { LocatedDocument } from "./positions.ts";
import { parseLocated } from "./positions.ts";
import type { Position } from "./positions.ts";

/** Parses JSON strictly (JSON.parse), but locates keys through the YAML parser, which reads JSON with positions. */
export function parseLocatedJson(text: string, lineOffset = 0): LocatedDocument | { jsonError: Position & { message: string } } {
  try {
    JSON.parse(text);
  } catch (error) {
    return { jsonError: { ...jsonErrorPosition(text, (error as Error).message, lineOffset), message: "invalid JSON: check for a missing comma, quote or bracket here" } };
  }
  return parseLocated(text, lineOffset);
}

function jsonErrorPosition(text: string, message: string, lineOffset: number): Position {
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.trimEnd().length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length + lineOffset, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

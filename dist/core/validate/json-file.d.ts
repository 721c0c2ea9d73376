import type { LocatedDocument } from "./positions.ts";
import type { Position } from "./positions.ts";
/**
 * Parses JSON strictly (JSON.parse); keys are located through the YAML parser, which reads JSON
 * with positions, only when a problem needs a position: a clean 120-row dataset never pays for it.
 */
export declare function parseLocatedJson(text: string, lineOffset?: number): LocatedDocument | {
    jsonError: Position & {
        message: string;
    };
};

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
    syntaxError?: {
        message: string;
    } & Position;
}
/** Parses text; `lineOffset` shifts every line (a .prompt frontmatter starts after its `---` line, a JSONL row after the rows above). */
export declare function parseLocated(text: string, lineOffset?: number): LocatedDocument;

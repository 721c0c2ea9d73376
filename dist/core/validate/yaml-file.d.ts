import type { LocatedDocument } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { SchemaName } from "./schemas/index.ts";
export interface CheckedFile {
    located: LocatedDocument;
    /** The data when the file parsed; undefined after a syntax error. */
    data: unknown;
    /** True when the data matches its schema, so cross-reference checks can trust its shape. */
    valid: boolean;
    problems: Problem[];
}
/** A problem at the key `path` of a located document. */
export declare function problemAt(file: string, located: LocatedDocument, path: (string | number)[], message: string): Problem;
/** Schema problems of already-parsed data, each at its key. */
export declare function schemaProblems(file: string, located: LocatedDocument, name: SchemaName, data: unknown, basePath?: (string | number)[]): Problem[];
/** The `# yaml-language-server: $schema=…` line that lets editors check the file while it is typed. */
export declare function expectedSchemaLine(file: string, name: SchemaName): string;
export declare function checkYamlFile(file: string, text: string, name: SchemaName): CheckedFile;

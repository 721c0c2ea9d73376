/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF, fields optionally quoted with
 * `"`, a quote inside a quoted field doubled (`""`), commas and line breaks allowed inside quotes.
 * The first record is the header. Values stay strings: CSV has no types, and the hash of a snapshot
 * must describe the bytes that were read. Written here (80 lines, tested) rather than added as a
 * dependency; like most readers it keeps a stray quote inside an unquoted field as text.
 */
export declare function parseCsv(text: string, file: string): Record<string, string>[];

import { InputError } from "../../errors.js";
/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF, fields optionally quoted with
 * `"`, a quote inside a quoted field doubled (`""`), commas and line breaks allowed inside quotes.
 * The first record is the header. Values stay strings: CSV has no types, and the hash of a snapshot
 * must describe the bytes that were read. Written here (80 lines, tested) rather than added as a
 * dependency; like most readers it keeps a stray quote inside an unquoted field as text.
 */
export function parseCsv(text, file) {
    const records = splitRecords(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
    const [header, ...body] = records;
    if (!header)
        return [];
    const names = header.fields.map((n) => n.trim());
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate !== undefined) {
        throw new InputError(`CSV header names column "${duplicate}" twice`, { file, line: header.line, hint: "give every column a unique name" });
    }
    return body.map((record) => {
        if (record.fields.length !== names.length) {
            throw new InputError(`CSV record has ${record.fields.length} fields, the header has ${names.length}`, {
                file,
                line: record.line,
                hint: "quote fields that contain commas or line breaks",
            });
        }
        return Object.fromEntries(names.map((name, i) => [name, record.fields[i]]));
    });
}
function splitRecords(text, file) {
    const records = [];
    let fields = [];
    let field = "";
    let quoted = false;
    let line = 1;
    let recordLine = 1;
    let quoteLine = 1;
    const endRecord = () => {
        fields.push(field);
        // A blank line (one empty field) is not a record; RFC 4180 allows a final line break.
        if (fields.length > 1 || fields[0] !== "")
            records.push({ fields, line: recordLine });
        fields = [];
        field = "";
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
            }
            else {
                if (c === "\n")
                    line++;
                field += c;
            }
        }
        else if (c === '"' && field === "") {
            quoted = true;
            quoteLine = line;
        }
        else if (c === ",") {
            fields.push(field);
            field = "";
        }
        else if (c === "\n" || c === "\r") {
            if (c === "\r" && text[i + 1] === "\n")
                i++;
            endRecord();
            line++;
            recordLine = line;
        }
        else {
            field += c;
        }
    }
    if (quoted)
        throw new InputError("CSV quoted field is never closed", { file, line: quoteLine, hint: 'close the field with a " (write "" for a quote inside it)' });
    if (field !== "" || fields.length > 0)
        endRecord();
    return records;
}

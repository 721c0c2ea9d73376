/**
 * An error about the user's input (a file, a field, a flag), never about copygate itself.
 * The CLI, the Action and the bot print it as `path:line:col: message` without a stack trace.
 */
export class InputError extends Error {
    file;
    line;
    col;
    field;
    hint;
    constructor(message, where = {}) {
        super(message);
        this.name = "InputError";
        this.file = where.file;
        this.line = where.line;
        this.col = where.col;
        this.field = where.field;
        this.hint = where.hint;
    }
    /** `campaigns/x/campaign.yaml:12:3: message — hint` */
    format() {
        const at = this.file ? `${this.file}:${this.line ?? 1}:${this.col ?? 1}: ` : "";
        // A multi-line message (a list of problems) gets its hint on a line of its own.
        const hint = this.hint ? (this.message.includes("\n") ? `\n${this.hint}` : ` — ${this.hint}`) : "";
        return `${at}${this.message}${hint}`;
    }
}
export function isInputError(error) {
    return error instanceof InputError;
}

/**
 * A source that could not be read (network, server, permissions). The message is safe to print:
 * it names the source and what went wrong, never a connection string or a token.
 */
export class SourceReadError extends Error {
    source;
    constructor(source, message) {
        super(`source "${source}": ${redactEmails(message)}`);
        this.name = "SourceReadError";
        this.source = source;
    }
}
export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Servers quote values in their errors (`invalid input syntax for type integer: "ada@example.com"`),
 * and errors reach reports and traces: mask anything shaped like an email address.
 */
export function redactEmails(text) {
    return text.replace(/[^\s"'<>(),;:]+@[^\s"'<>(),;:]+\.[A-Za-z]{2,}/g, "<email>");
}

import type { SourceDefinition } from "../../model/index.ts";

export type SourceRow = Record<string, unknown>;
export type SourceKind = SourceDefinition["kind"];

/** What a caller may hand a source: where secrets come from, how to fetch, how long to wait. */
export interface SourceOptions {
  /** Environment holding connection strings and tokens (named by the source, never written in it). Default: process.env. */
  env?: Record<string, string | undefined>;
  /** fetch for http sources (tests pass their own). Default: the global fetch. */
  fetch?: typeof fetch;
  /** Timeout for one network read, in milliseconds. Default: 10 000. */
  timeoutMs?: number;
  /** Prefix every secret variable's name must have. Default: COPYGATE_SOURCE_ (secrets.ts). */
  secretPrefix?: string;
}

/** One source kind: reads the rows a definition points at. A new kind is one file plus one registry line. */
export type SourceLoader<K extends SourceKind = SourceKind> = (
  root: string,
  definition: Extract<SourceDefinition, { kind: K }>,
  options: SourceOptions,
) => Promise<SourceRow[]>;

/**
 * A source that could not be read (network, server, permissions). The message is safe to print:
 * it names the source and what went wrong, never a connection string or a token.
 */
export class SourceReadError extends Error {
  readonly source: string;
  constructor(source: string, message: string) {
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
export function redactEmails(text: string): string {
  return text.replace(/[^\s"'<>(),;:]+@[^\s"'<>(),;:]+\.[A-Za-z]{2,}/g, "<email>");
}

/**
 * Reading draft text safely: a malformed draft must never crash a check (output_schema reports it).
 * Every accessor here returns copy through `normalizeCopy` (normalize.ts), so no check sees a
 * zero-width space, a look-alike letter or a bidi control; the raw* accessors are for the checks
 * that judge the characters themselves (invisible_characters, lengths a channel counts).
 */
import { normalizeCopy } from "./normalize.ts";

export { normalizeCopy, visibleText } from "./normalize.ts";

/** Fields a reviewer reads but recipients never see: not checked as copy. */
const INTERNAL_FIELDS = new Set(["rationale", "risk_flags"]);

export interface TextSegment {
  /** Where the text sits in the draft, e.g. "subject_lines[1]" or "email_body". */
  field: string;
  text: string;
}

/** Every publishable string in the draft, with its field path, as checks read it (normalised). */
export function publishableSegments(draft: Record<string, unknown>): TextSegment[] {
  return rawSegments(draft).map((s) => ({ field: s.field, text: normalizeCopy(s.text) }));
}

/** Every publishable string exactly as written, for checks of the characters themselves. */
export function rawSegments(draft: Record<string, unknown>): TextSegment[] {
  const segments: TextSegment[] = [];
  const walk = (value: unknown, field: string): void => {
    if (typeof value === "string") segments.push({ field, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, field ? `${field}.${key}` : key);
    }
  };
  for (const [key, value] of Object.entries(draft)) {
    if (!INTERNAL_FIELDS.has(key) && !key.startsWith("_")) walk(value, key);
  }
  return segments;
}

/** All publishable copy joined by blank lines, so sentences never run across fields. */
export function publishableText(draft: Record<string, unknown>): string {
  return publishableSegments(draft).map((s) => s.text).join("\n\n");
}

export function stringField(draft: Record<string, unknown>, key: string): string {
  return normalizeCopy(rawStringField(draft, key));
}

export function stringList(draft: Record<string, unknown>, key: string): string[] {
  return rawStringList(draft, key).map(normalizeCopy);
}

/** A field as written: what a channel counts for its length limits. */
export function rawStringField(draft: Record<string, unknown>, key: string): string {
  const value = draft[key];
  return typeof value === "string" ? value : "";
}

export function rawStringList(draft: Record<string, unknown>, key: string): string[] {
  const value = draft[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Characters as a reader counts them (code points, so an emoji counts once). */
export function charCount(text: string): number {
  return [...text].length;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A word-bounded pattern for a policy term. Spaces and hyphens inside the term match either
 * ("game-changer" finds "game changer", "SOC 2" finds "SOC-2"); with `inflect`, plural and verb
 * endings match too ("guarantee" finds "guarantees" and "guaranteeing", "supercharge" finds "supercharged").
 */
export function termPattern(term: string, options: { inflect?: boolean; caseSensitive?: boolean } = {}): RegExp {
  let body = term
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join("[\\s-]*");
  if (options.inflect && /^[a-z]+$/i.test(term.split(/[\s-]+/).pop() ?? "")) {
    // "secure" → "securing", but "guarantee" → "guaranteeing": a double e stays before -ing.
    const ing = /ee$/i.test(term) ? `${body}ing` : `${body.slice(0, -1)}ing`;
    body = /e$/i.test(term) ? `(?:${body}(?:s|d|r|rs)?|${ing})` : `${body}(?:s|es|ed|ing|er|ers)?`;
  }
  return new RegExp(`(?<![\\w])${body}(?![\\w])`, options.caseSensitive ? "g" : "gi");
}

export interface Match {
  text: string;
  index: number;
}

export function findAll(pattern: RegExp, text: string): Match[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

/** Sentences (and lines), so context checks look only at the words around a match. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Letters and digits only, lower-cased: an address matches whatever its line breaks and commas. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Evidence entries are short: the match with a little context from its own line, never a whole body. */
export function excerpt(text: string, index: number, length: number, radius = 30): string {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const lineEnd = text.indexOf("\n", index + length);
  let start = Math.max(lineStart, index - radius);
  let end = Math.min(lineEnd === -1 ? text.length : lineEnd, index + length + radius);
  // Cut at word boundaries, so evidence never starts or ends mid-word.
  if (start > lineStart) start = Math.min(index, text.indexOf(" ", start) + 1 || index);
  if (end < (lineEnd === -1 ? text.length : lineEnd)) end = Math.max(index + length, text.lastIndexOf(" ", end));
  const clip = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > lineStart ? "…" : ""}${clip}${end < (lineEnd === -1 ? text.length : lineEnd) ? "…" : ""}`;
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** "a", "a and b", "a, b and c" */
export function humanList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function quoted(items: string[]): string {
  return humanList(items.map((i) => `"${i}"`));
}

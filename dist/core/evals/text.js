/** Reading draft text safely: a malformed draft must never crash a check (output_schema reports it). */
/** Fields a reviewer reads but recipients never see: not checked as copy. */
const INTERNAL_FIELDS = new Set(["rationale", "risk_flags"]);
/** Every publishable string in the draft, with its field path. */
export function publishableSegments(draft) {
    const segments = [];
    const walk = (value, field) => {
        if (typeof value === "string")
            segments.push({ field, text: value });
        else if (Array.isArray(value))
            value.forEach((item, i) => walk(item, `${field}[${i}]`));
        else if (value && typeof value === "object") {
            for (const [key, inner] of Object.entries(value))
                walk(inner, field ? `${field}.${key}` : key);
        }
    };
    for (const [key, value] of Object.entries(draft)) {
        if (!INTERNAL_FIELDS.has(key) && !key.startsWith("_"))
            walk(value, key);
    }
    return segments;
}
/** All publishable copy joined by blank lines, so sentences never run across fields. */
export function publishableText(draft) {
    return publishableSegments(draft).map((s) => s.text).join("\n\n");
}
export function stringField(draft, key) {
    const value = draft[key];
    return typeof value === "string" ? value : "";
}
export function stringList(draft, key) {
    const value = draft[key];
    return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
/** Characters as a reader counts them (code points, so an emoji counts once). */
export function charCount(text) {
    return [...text].length;
}
export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/**
 * A word-bounded pattern for a policy term. Spaces and hyphens inside the term match either
 * ("game-changer" finds "game changer", "SOC 2" finds "SOC-2"); with `inflect`, plural and verb
 * endings match too ("guarantee" finds "guarantees", "supercharge" finds "supercharged").
 */
export function termPattern(term, options = {}) {
    let body = term
        .trim()
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]*");
    if (options.inflect && /^[a-z]+$/i.test(term.split(/[\s-]+/).pop() ?? "")) {
        body = /e$/i.test(term) ? `(?:${body}(?:s|d|r|rs)?|${body.slice(0, -1)}ing)` : `${body}(?:s|es|ed|ing|er|ers)?`;
    }
    return new RegExp(`(?<![\\w])${body}(?![\\w])`, options.caseSensitive ? "g" : "gi");
}
export function findAll(pattern, text) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    return [...text.matchAll(global)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}
/** Sentences (and lines), so context checks look only at the words around a match. */
export function sentences(text) {
    return text
        .split(/(?<=[.!?])\s+|\n+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Letters and digits only, lower-cased: an address matches whatever its line breaks and commas. */
export function squash(text) {
    return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
/** Evidence entries are short: the match with a little context from its own line, never a whole body. */
export function excerpt(text, index, length, radius = 30) {
    const lineStart = text.lastIndexOf("\n", index - 1) + 1;
    const lineEnd = text.indexOf("\n", index + length);
    let start = Math.max(lineStart, index - radius);
    let end = Math.min(lineEnd === -1 ? text.length : lineEnd, index + length + radius);
    // Cut at word boundaries, so evidence never starts or ends mid-word.
    if (start > lineStart)
        start = Math.min(index, text.indexOf(" ", start) + 1 || index);
    if (end < (lineEnd === -1 ? text.length : lineEnd))
        end = Math.max(index + length, text.lastIndexOf(" ", end));
    const clip = text.slice(start, end).replace(/\s+/g, " ").trim();
    return `${start > lineStart ? "…" : ""}${clip}${end < (lineEnd === -1 ? text.length : lineEnd) ? "…" : ""}`;
}
export function unique(items) {
    return [...new Set(items)];
}
/** "a", "a and b", "a, b and c" */
export function humanList(items) {
    if (items.length <= 1)
        return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
export function quoted(items) {
    return humanList(items.map((i) => `"${i}"`));
}

/**
 * The sentence of a draft a check complains about, so a reviewer reads the copy itself, not only
 * the phrase: a check message quotes phrases ("unlimited viewers"); this finds the first sentence
 * of the draft's text fields that contains one.
 */

/** `field: "sentence"` for the first quoted phrase found in the content, or null. */
export function quotedSentence(message: string, content: Record<string, unknown>): string | null {
  const phrases = [...message.matchAll(/"([^"]{2,})"|“([^”]{2,})”/g)].map((m) => (m[1] ?? m[2] ?? "").toLowerCase());
  if (phrases.length === 0) return null;
  for (const [field, value] of Object.entries(content)) {
    const texts = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : [];
    for (const text of texts) {
      for (const sentence of sentencesOf(text)) {
        if (phrases.some((p) => sentence.toLowerCase().includes(p))) return `${field}: "${sentence}"`;
      }
    }
  }
  return null;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“[])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

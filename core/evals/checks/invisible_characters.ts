import type { Check } from "../types.ts";
import { codePoint, invisibleChars, mixedScriptWords, revealInvisible } from "../normalize.ts";
import { quoted, rawSegments, unique } from "../text.ts";

/** Names a reviewer recognises for the characters that hide words or reverse text. */
const NAMES: Record<string, string> = {
  "U+0085": "next line",
  "U+00AD": "soft hyphen",
  "U+200B": "zero-width space",
  "U+200C": "zero-width non-joiner",
  "U+200D": "zero-width joiner",
  "U+200E": "left-to-right mark",
  "U+200F": "right-to-left mark",
  "U+202A": "left-to-right embedding",
  "U+202B": "right-to-left embedding",
  "U+202C": "pop directional formatting",
  "U+202D": "left-to-right override",
  "U+202E": "right-to-left override",
  "U+2060": "word joiner",
  "U+2066": "left-to-right isolate",
  "U+2067": "right-to-left isolate",
  "U+2068": "first strong isolate",
  "U+2069": "pop directional isolate",
  "U+FEFF": "zero-width no-break space",
};

const nameOf = (code: string) => `${code}${NAMES[code] ? ` ${NAMES[code]}` : ""}`;

/** The visible neighbourhood of the first hidden character, the hidden ones shown as ⟨U+XXXX⟩. */
function evidenceAround(text: string, index: number): string {
  const start = Math.max(0, index - 20);
  const clip = revealInvisible(text.slice(start, index + 21)).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${clip}${index + 21 < text.length ? "…" : ""}`;
}

/**
 * Copy with invisible, formatting or bidi-control characters, or words that mix Latin with
 * Cyrillic or Greek letters. An email has no use for either; they only serve to slip a word past
 * a reviewer or a check. The other checks read through them (normalize.ts); this one flags them.
 */
export const invisibleCharacters: Check = {
  label: "Invisible characters",
  owner: "safety",
  channels: "all",
  run(draft) {
    const hidden = rawSegments(draft).flatMap((s) => invisibleChars(s.text).map((c) => ({ ...c, field: s.field, text: s.text })));
    const disguised = rawSegments(draft).flatMap((s) => mixedScriptWords(s.text).map((word) => ({ word, field: s.field })));
    if (hidden.length === 0 && disguised.length === 0) {
      return { status: "pass", message: "The copy has no invisible characters and no look-alike letters from another alphabet." };
    }
    const parts: string[] = [];
    if (hidden.length > 0) {
      const codes = unique(hidden.map((h) => h.code)).map(nameOf);
      const fields = unique(hidden.map((h) => h.field));
      parts.push(`${hidden.length} invisible or direction-changing character${hidden.length === 1 ? "" : "s"} (${codes.join(", ")}) in ${fields.join(", ")}`);
    }
    if (disguised.length > 0) {
      const words = unique(disguised.map((d) => d.word));
      const codes = unique(words.flatMap((w) => [...w].filter((c) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c)).map(codePoint)));
      parts.push(`${words.length === 1 ? "a word" : "words"} mixing Latin with look-alike letters (${quoted(words)}: ${codes.join(", ")}) in ${unique(disguised.map((d) => d.field)).join(", ")}`);
    }
    const evidence = unique([
      ...unique(hidden.map((h) => h.field)).map((field) => {
        const first = hidden.find((h) => h.field === field) as (typeof hidden)[number];
        return `${field}: ${evidenceAround(first.text, first.index)}`;
      }),
      ...disguised.map((d) => `${d.field}: ${d.word} (${[...d.word].map((c) => (/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c) ? `⟨${codePoint(c)}⟩` : c)).join("")})`),
    ]);
    return {
      status: "fail",
      message: `The copy contains ${parts.join(", and ")}; an email has no use for them and they hide words from reviewers, so retype the text.`,
      evidence,
    };
  },
};

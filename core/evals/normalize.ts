/**
 * What every check reads: copy as a reader perceives it, not as its code points spell it. A
 * zero-width space inside "guaran​teed", a Cyrillic "а" in "Tаbleau", a full-width "！" or a
 * right-to-left override must not slip a word past a word check, so the checks' text access
 * (text.ts) passes every string through `normalizeCopy`.
 *
 * Steps: NFKC (full-width and mathematical letters, ligatures, "！" → "!"); invisible and
 * formatting characters removed (they are flagged on their own by the invisible_characters check);
 * combining marks dropped (a dot stacked on a letter hides nothing from a reader); letters, digits
 * and a few punctuation marks folded to the ASCII character with the same Unicode TR39 skeleton
 * (confusables.txt, shipped as the data of the `unhomoglyph` package).
 */
import confusables from "unhomoglyph/data.json" with { type: "json" };

const PROTOTYPES = confusables as Record<string, string>;

/** Emoji sequences are the one legitimate use of a joiner or variation selector in copy. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * Invisible or formatting characters: every format (Cf) character (zero-width space and joiners,
 * soft hyphen, bidi embeddings, overrides, isolates and marks, word joiner, BOM, tags), control
 * characters other than tab and line breaks, and the blank fillers that render as nothing.
 */
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;
const INVISIBLE_CHAR = new RegExp(`^${INVISIBLE.source}$`, "u");

/** Punctuation a check looks for, folded when a look-alike stands in ("ǃ" for "!", "‐" for "-"). */
const FOLDED_PUNCTUATION = new Set(["!", "%", "$", "@", ".", "/", ":", "-", "'"]);

/** The ASCII character a skeleton stands for, by the case or kind of the look-alike. */
function asciiFor(char: string, prototype: string): string | undefined {
  const candidates = ASCII_BY_SKELETON.get(prototype);
  if (!candidates) return /^[\x21-\x7e]+$/.test(prototype) && /\p{L}/u.test(char) ? prototype : undefined;
  const preferred = /\p{Lu}/u.test(char)
    ? candidates.find((c) => /[A-Z]/.test(c))
    : /\p{Ll}/u.test(char)
      ? candidates.find((c) => /[a-z]/.test(c))
      : /\p{N}/u.test(char)
        ? candidates.find((c) => /[0-9]/.test(c))
        : undefined;
  return preferred ?? candidates[0];
}

/** Every printable ASCII character under its own skeleton ("l", "I", "1" and "|" share one). */
const ASCII_BY_SKELETON = new Map<string, string[]>();
for (let code = 0x21; code < 0x7f; code += 1) {
  const char = String.fromCharCode(code);
  const skeleton = PROTOTYPES[char] ?? char;
  ASCII_BY_SKELETON.set(skeleton, [...(ASCII_BY_SKELETON.get(skeleton) ?? []), char]);
}

/** Non-ASCII letters, digits and listed punctuation that fold to ASCII, computed once. */
const FOLD = new Map<string, string>();
for (const [char, prototype] of Object.entries(PROTOTYPES)) {
  if ([...char].length !== 1 || /^[\x00-\x7f]$/.test(char)) continue;
  if (!/[\p{L}\p{N}]/u.test(char) && !FOLDED_PUNCTUATION.has(prototype)) continue;
  const ascii = asciiFor(char, prototype);
  if (ascii !== undefined && (/[\p{L}\p{N}]/u.test(char) || FOLDED_PUNCTUATION.has(ascii))) FOLD.set(char, ascii);
}

/** True for a character an email has no use for (a joiner inside an emoji sequence excepted). */
export function isInvisible(char: string, before = "", after = ""): boolean {
  if (!INVISIBLE_CHAR.test(char)) return false;
  const emojiPart = char === "\u200D" || char === "\uFE0F" || char === "\uFE0E";
  return !(emojiPart && (PICTOGRAPH.test(before) || (char === "\u200D" && PICTOGRAPH.test(after))));
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** Copy as every check reads it; see the file comment for the steps. Memoised: checks ask often. */
export function normalizeCopy(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  // Line separators first: U+0085 is also a C1 control, and removing it would join two words.
  const visible = text
    .normalize("NFKC")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "");
  let folded = "";
  for (const char of visible.normalize("NFD").replace(/\p{Mn}/gu, "")) folded += FOLD.get(char) ?? char;
  const result = folded.normalize("NFC");
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/** Text as written minus the characters that take no space: what a reader counts. */
export function visibleText(text: string): string {
  const chars = [...text];
  return chars.filter((char, i) => !isInvisible(char, chars[i - 1], chars[i + 1])).join("");
}

export interface InvisibleChar {
  /** e.g. "U+200B" */
  code: string;
  index: number;
}

/** The invisible and formatting characters of a text, with their positions. */
export function invisibleChars(text: string): InvisibleChar[] {
  const found: InvisibleChar[] = [];
  const chars = [...text];
  let index = 0;
  chars.forEach((char, i) => {
    if (isInvisible(char, chars[i - 1], chars[i + 1])) found.push({ code: codePoint(char), index });
    index += char.length;
  });
  return found;
}

export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text with every invisible character made visible as ⟨U+XXXX⟩, for evidence a reviewer can read. */
export function revealInvisible(text: string): string {
  const chars = [...text];
  return chars.map((char, i) => (isInvisible(char, chars[i - 1], chars[i + 1]) ? `⟨${codePoint(char)}⟩` : char)).join("");
}

/** Words that mix Latin with Cyrillic or Greek letters: no English word does, a disguise does. */
export function mixedScriptWords(text: string): string[] {
  const words = text.normalize("NFKC").match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.filter((w) => /\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w));
}

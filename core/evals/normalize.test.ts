/**
 * What the checks read (normalize.ts): each kind of invisible character found and removed, with
 * the visible characters on either side of each listed range kept; the emoji exceptions; look-alike
 * letters, digits and punctuation folded to ASCII by case; and the helpers a reviewer's evidence is
 * written with.
 */
import { describe, expect, it } from "vitest";
import { codePoint, invisibleChars, isInvisible, mixedScriptWords, normalizeCopy, revealInvisible, visibleText } from "./normalize.ts";

const hex = (cp: number) => String.fromCodePoint(cp);

/** Every listed kind of invisible character, and both ends of each listed range. */
const INVISIBLE = [
  0x0000, 0x0008, 0x000b, 0x000c, 0x000e, 0x001f, 0x007f, 0x0080, 0x009f, 0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180f, 0x200b,
  0x202e, 0x2060, 0x2800, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xe0001, 0xe0041, 0xe0100, 0xe01ef,
];
/** The characters just outside those ranges, and the whitespace copy uses: all visible or kept. */
const VISIBLE = [
  0x0009, 0x000a, 0x000d, 0x0020, 0x007e, 0x00a0, 0x00ac, 0x00ae, 0x034e, 0x0350, 0x115e, 0x1161, 0x17b3, 0x17b6, 0x180a, 0x1810, 0x27ff, 0x2801, 0x3163,
  0x3165, 0xfdfd, 0xfe10, 0xff9f, 0xffa1, 0xe01f0,
];

describe("invisible characters", () => {
  it("finds every listed kind, at its UTF-16 index, and nothing else", () => {
    for (const cp of INVISIBLE) {
      expect([cp.toString(16), invisibleChars(`ab${hex(cp)}cd`)]).toEqual([cp.toString(16), [{ code: codePoint(hex(cp)), index: 2 }]]);
      expect([cp.toString(16), isInvisible(hex(cp), "a", "b")]).toEqual([cp.toString(16), true]);
    }
    for (const cp of VISIBLE) expect([cp.toString(16), invisibleChars(`ab${hex(cp)}cd`)]).toEqual([cp.toString(16), []]);
    // An index counts UTF-16 units, as the evidence slices the text: 😀 takes two.
    expect(invisibleChars("😀\u200Bx\u{E0041}y\u200B")).toEqual([
      { code: "U+200B", index: 2 },
      { code: "U+E0041", index: 4 },
      { code: "U+200B", index: 7 },
    ]);
  });

  it("keeps a joiner or variation selector that is part of an emoji sequence, and only that", () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    expect(invisibleChars(`Team ${family} \u2764\uFE0F \u2764\uFE0E`)).toEqual([]);
    // A joiner counts as part of a sequence from either side; a variation selector only after one.
    expect(isInvisible("\u200D", "\u{1F468}", "a")).toBe(false);
    expect(isInvisible("\u200D", "a", "\u{1F469}")).toBe(false);
    expect(isInvisible("\uFE0F", "\u2764", "a")).toBe(false);
    expect(isInvisible("\uFE0E", "\u2764")).toBe(false);
    expect(isInvisible("\uFE0F", "a", "\u2764")).toBe(true);
    expect(isInvisible("\uFE0E", "a", "\u2764")).toBe(true);
    expect(isInvisible("\u200D", "a", "b")).toBe(true);
    // Other invisible characters next to an emoji are still invisible.
    expect(isInvisible("\u200B", "\u{1F468}", "\u{1F469}")).toBe(true);
    expect(isInvisible("\u200C", "\u{1F468}", "\u{1F469}")).toBe(true);
    expect(isInvisible("\uFE01", "\u2764", "a")).toBe(true);
    expect(invisibleChars("revo\u200Dlution\uFE0Fary")).toEqual([
      { code: "U+200D", index: 4 },
      { code: "U+FE0F", index: 11 },
    ]);
  });

  it("shows each one to a reviewer as ⟨U+XXXX⟩ and leaves it out of the visible text", () => {
    expect(revealInvisible("guaran\u200Bteed \u{1F468}\u200D\u{1F469} \u202Eok")).toBe("guaran⟨U+200B⟩teed \u{1F468}\u200D\u{1F469} ⟨U+202E⟩ok");
    expect(visibleText("guaran\u200Bteed \u{1F468}\u200D\u{1F469}\u00AD!")).toBe("guaranteed \u{1F468}\u200D\u{1F469}!");
    // Each side is read where it is: a joiner after an emoji, or before one, is part of it; a
    // variation selector only after one.
    expect(visibleText("\u{1F468}\u200Dx y\u200D\u{1F469} \u2764\uFE0Fz w\uFE0F\u2764")).toBe("\u{1F468}\u200Dx y\u200D\u{1F469} \u2764\uFE0Fz w\u2764");
    expect(revealInvisible("\u{1F468}\u200Dx y\u200D\u{1F469} \u2764\uFE0Fz w\uFE0F\u2764")).toBe("\u{1F468}\u200Dx y\u200D\u{1F469} \u2764\uFE0Fz w⟨U+FE0F⟩\u2764");
    expect(invisibleChars("\u{1F468}\u200Dx y\u200D\u{1F469} \u2764\uFE0Fz w\uFE0F\u2764")).toEqual([{ code: "U+FE0F", index: 15 }]);
    expect([codePoint("\u0001"), codePoint("\u00AD"), codePoint("\u{1F600}"), codePoint("\u{E0041}")]).toEqual(["U+0001", "U+00AD", "U+1F600", "U+E0041"]);
  });
});

describe("normalizeCopy", () => {
  it("reads copy as a reader does: compatibility forms, invisible characters, marks and line separators", () => {
    expect(normalizeCopy("ＧＵＡＲＡＮＴＥＥＤ！ 𝟓0％ ＄０")).toBe("GUARANTEED! 50% $0");
    expect(normalizeCopy("guaran\u200Bteed re\u00ADvolu\u2060tionary \u202Etext")).toBe("guaranteed revolutionary text");
    expect(normalizeCopy("caf\u00E9 cafe\u0301 na\u0308ive")).toBe("cafe cafe naive");
    expect(normalizeCopy("a\u2028b\u2029c\u0085d\te\nf\r\ng")).toBe("a\nb\nc\nd\te\nf\r\ng");
    // U+0085 is a line break, not a way to join two words past a word check.
    expect(normalizeCopy("We guarantee\u0085results.")).toBe("We guarantee\nresults.");
    // A variation selector changes how an emoji looks, not what it says: the checks read it without.
    expect(normalizeCopy("\u2764\uFE0F ok")).toBe("\u2764 ok");
  });

  it("folds look-alike letters to ASCII of the same case, and look-alike digits and punctuation", () => {
    expect(normalizeCopy("T\u0430bleau \u0422\u0410BLEAU \u0455igma \u0392eta \u03B1lpha \u13A0ata")).toBe("Tableau TABLEAU sigma Beta alpha Data");
    // "l", "I", "1" and "|" share a skeleton: the case of the look-alike picks which.
    expect(normalizeCopy("\u0406nsights")).toBe("Insights");
    expect(normalizeCopy("\u09E6ff \u2170")).toBe("0ff i");
    expect(normalizeCopy("Wow\u01C3 e\u2010mail 3\u2024 a\u2215b 10\u05C300")).toBe("Wow! e-mail 3. a/b 10:00");
    // Letters of other scripts with no ASCII look-alike stay as they are.
    expect(normalizeCopy("\u0D1F \u00DF \u4E2D")).toBe("\u0D1F \u00DF \u4E2D");
  });

  it("gives the same answer from its memo, also after the memo was emptied", () => {
    const first = normalizeCopy("Tа\u200Bbleau");
    for (let i = 0; i < 2_100; i += 1) normalizeCopy(`filler ${i}`);
    expect([first, normalizeCopy("Tа\u200Bbleau"), normalizeCopy("Tа\u200Bbleau")]).toEqual(["Tableau", "Tableau", "Tableau"]);
  });
});

describe("mixedScriptWords", () => {
  it("names the words that mix Latin with Cyrillic or Greek, in order, and no whole word of one script", () => {
    expect(mixedScriptWords("T\u0430bleau and \u0405igma, \u041F\u0440\u0438\u0432\u0435\u0442 world, caf\u00E9, \u0391pple, \u03B1\u03B2\u03B3, \uFF34\u0430\uFF22")).toEqual([
      "T\u0430bleau",
      "\u0405igma",
      "\u0391pple",
      "T\u0430B",
    ]);
    expect(mixedScriptWords("Plain English, caf\u00E9 cr\u00E8me, 100% \u2014 fine.")).toEqual([]);
  });
});

import type { Check } from "../types.ts";
import { escapeRegExp, findAll, stringField } from "../text.ts";

/** Phrases that ask the reader to do something else than the brief's call to action. */
const OTHER_CTA_PHRASES = /\b(book a (demo|call)|schedule a (demo|call)|talk to (sales|our team)|contact sales|request a demo|start (a|your) (new )?(trial|plan)|sign up (now|today)|buy now|get started( (now|today))?|reply to (book|schedule))\b/gi;

/** A short line that starts with a CTA verb or is styled as a button/link is a call to action. */
const BUTTON_LINE = /^(?:\[|\*\*|>\s*)?(upgrade|start|book|get|try|claim|buy|subscribe|sign up|join|activate|redeem|schedule|request|talk to|contact|see plans|view plans|compare plans|explore)\b/i;

/** Links a footer may carry besides the call to action. */
const FOOTER_LINKS = /unsubscribe|email preferences|privacy|view in (?:your )?browser/i;

/** Markdown and HTML links whose text is not the call to action are a second ask. */
function otherLinks(body: string, cta: string): string[] {
  const links = [...body.matchAll(/\[([^\]]+)\]\([^)]*\)|<a\b[^>]*>([^<]+)<\/a>/gi)].map((m) => (m[1] ?? m[2] ?? "").trim());
  return links.filter((text) => text.toLowerCase() !== cta.toLowerCase() && !FOOTER_LINKS.test(text));
}

function buttonLines(body: string, cta: string): string[] {
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => !/\]\(|<a\b/i.test(line))
    .filter((line) => line.length > 0 && line.length <= 40 && line.split(/\s+/).length <= 6)
    .filter((line) => !line.toLowerCase().includes(cta.toLowerCase()))
    .filter((line) => BUTTON_LINE.test(line) || /^\[.+\]$/.test(line) || /(→|»|>>)$/.test(line));
}

/** Exactly one call to action: the brief's text, once in the body, and no second button or ask. */
export const singleCta: Check = {
  label: "Single call to action",
  owner: "brand",
  channels: ["email"],
  run(draft, ctx) {
    const cta = ctx.brief.cta_text;
    const body = stringField(draft, "email_body");
    const field = stringField(draft, "cta_text");
    if (field.trim() !== cta) {
      return { status: "fail", message: `The cta_text is "${field}"; it must be the brief's "${cta}".`, evidence: [field] };
    }
    const occurrences = findAll(new RegExp(`(?<!\\w)${escapeRegExp(cta)}(?!\\w)`, "gi"), body).length;
    if (occurrences !== 1) {
      const what = occurrences === 0 ? "does not appear in the body" : `appears ${occurrences} times in the body`;
      return { status: "fail", message: `The call to action "${cta}" ${what}; it must appear exactly once.`, evidence: [cta] };
    }
    const others = [...findAll(OTHER_CTA_PHRASES, body).map((m) => m.text), ...otherLinks(body, cta), ...buttonLines(body, cta)];
    if (others.length > 0) {
      return {
        status: "fail",
        message: `The body has a second call to action ("${others[0]}") besides "${cta}"; keep only "${cta}".`,
        evidence: [...new Set(others)],
      };
    }
    return { status: "pass", message: `"${cta}" appears exactly once and is the only call to action.` };
  },
};

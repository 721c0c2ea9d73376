import { convert } from "html-to-text";

/**
 * The plain-text part, derived from the rendered HTML (not from the draft), so a footer or link the
 * template drops is missing here too and the checks see it. Hidden preheaders are left out.
 */
export function htmlToPlainText(html: string): string {
  const text = convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: "img", format: "skip" },
      { selector: "div[style*=\"display:none\"]", format: "skip" },
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
    ],
  });
  return `${text.trim()}\n`;
}

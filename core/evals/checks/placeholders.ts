import type { Check } from "../types.ts";
import { excerpt, findAll, publishableSegments, quoted, unique, type Match } from "../text.ts";

/**
 * Template fields nobody filled in. Every templating language a model has seen leaves its own mark:
 * Handlebars/Liquid "{{first_name}}", "{first_name}", "[FIRST NAME]", Mailchimp "*|FNAME|*",
 * "%FIRSTNAME%", "<Company Name>", "${name}", and "[insert …]" notes.
 */
const PLACEHOLDERS: RegExp[] = [
  /\{\{[^{}\n]{1,60}\}\}|\{%[^%\n]{1,60}%\}/g,
  /(?<![\w$])\{\s*[A-Za-z_][\w.\s-]{0,40}\}/g,
  /\$\{[^}\n]{1,40}\}/g,
  /\*\|[A-Z0-9_:]{2,30}\|\*/g,
  /(?<![\w%])%[A-Z][A-Z0-9_]{2,30}%(?![\w%])/g,
  // "[FIRST NAME]", "[Company Name]", "[insert date]", but not a markdown link "[text](url)".
  /\[(?:[A-Z][A-Z0-9_]*(?:[\s_-]+[A-Z][A-Z0-9_]*)*|(?:[A-Z][a-z]+)(?:[\s_-]+[A-Z][a-z]+)*|(?:insert|add|your|recipient'?s?|first|last|company|customer)\b[^\]\n]{0,40})\](?!\()/g,
  /<(?:[A-Z][a-z]+(?:[\s_][A-Z][a-z]+)*|[A-Z_]{3,}|first[\s_]name|company[\s_]name)>/g,
  /\b(?:FIRST_?NAME|LAST_?NAME|FNAME|LNAME|COMPANY_?NAME)\b/g,
];

/** Words in square brackets that are copy, not a field: "[Upgrade to Team]" as a button label. */
function isLikelyButton(match: string, cta: string): boolean {
  return cta !== "" && match.slice(1, -1).trim().toLowerCase() === cta.trim().toLowerCase();
}

/** One finding per placeholder: "{first_name}" inside "{{first_name}}" is the same one. */
function withinNone(matches: Match[]): Match[] {
  const longestFirst = [...matches].sort((a, b) => b.text.length - a.text.length);
  const kept: Match[] = [];
  for (const m of longestFirst) {
    if (!kept.some((k) => m.index >= k.index && m.index + m.text.length <= k.index + k.text.length)) kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index);
}

export function unresolvedPlaceholders(draft: Record<string, unknown>): { field: string; match: Match; evidence: string }[] {
  const cta = typeof draft.cta_text === "string" ? draft.cta_text : "";
  return publishableSegments(draft).flatMap((segment) =>
    withinNone(PLACEHOLDERS.flatMap((p) => findAll(p, segment.text)))
      .filter((m) => !isLikelyButton(m.text, cta))
      .map((match) => ({ field: segment.field, match, evidence: `${segment.field}: ${excerpt(segment.text, match.index, match.text.length)}` })),
  );
}

/** No template placeholder left unfilled in any field a recipient reads. */
export const placeholders: Check = {
  label: "Unresolved placeholders",
  owner: "schema",
  channels: "all",
  run(draft) {
    const found = unresolvedPlaceholders(draft);
    if (found.length === 0) return { status: "pass", message: "No unresolved template placeholder in the copy." };
    const fields = unique(found.map((f) => f.field));
    const names = unique(found.map((f) => f.match.text));
    return {
      status: "fail",
      message: `The copy still holds ${names.length === 1 ? "the placeholder" : "the placeholders"} ${quoted(names)} (${fields.join(", ")}); fill ${names.length === 1 ? "it" : "them"} from the audience data or rewrite the sentence without ${names.length === 1 ? "it" : "them"}.`,
      evidence: unique(found.map((f) => f.evidence)),
    };
  },
};

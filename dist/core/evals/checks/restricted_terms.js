import { excerpt, findAll, publishableText, quoted, termPattern, unique } from "../text.js";
import { briefClaimTexts } from "../claims.js";
/** Competitor names have their own check, with the case rules that names like "Mode" need. */
export const COMPETITOR_RESTRICTION_ID = "no_competitors";
/** Idioms that contain a restricted word but make no claim ("feel free to reply"). */
const IDIOMS = [/\bfeel free\b/gi];
/** "free trial" also allows a hyphen ("free-trial", an ad path) or a word or two between ("free 14-day trial"). */
function allowedPhrasePattern(phrase) {
    const words = phrase.trim().split(/\s+/);
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    return words.length < 2 ? termPattern(phrase) : new RegExp(`\\b${first}(?:[\\s-]+[\\w-]+){0,2}?[\\s-]+${last}s?\\b`, "gi");
}
function isLowerWord(term) {
    return /^[a-z][a-z-]*$/.test(term);
}
function hitsFor(restriction, text, approvedClaimText) {
    const allowed = [...(restriction.allowed_phrases ?? []).map(allowedPhrasePattern), ...IDIOMS].flatMap((p) => findAll(p, text));
    const inside = (index) => allowed.some((a) => index >= a.index && index < a.index + a.text.length);
    const hits = [];
    for (const term of restriction.banned_terms ?? []) {
        // A restricted term an approved claim of this brief states is sayable (legal_v9).
        if (termPattern(term).test(approvedClaimText))
            continue;
        for (const match of findAll(termPattern(term, { inflect: isLowerWord(term) }), text)) {
            if (!inside(match.index))
                hits.push({ term, rule: restriction.rule, evidence: excerpt(text, match.index, match.text.length) });
        }
    }
    return hits;
}
export function restrictedTermHits(draft, ctx) {
    const text = publishableText(draft);
    const claimText = briefClaimTexts(ctx).join("\n");
    return ctx.policies.legal.restrictions
        .filter((r) => r.id !== COMPETITOR_RESTRICTION_ID)
        .flatMap((r) => hitsFor(r, text, claimText));
}
/** Legal's banned terms: guarantees, "free" outside "free trial", security and compliance claims. */
export const restrictedTerms = {
    label: "Restricted terms",
    owner: "legal",
    channels: "all",
    run(draft, ctx) {
        const hits = restrictedTermHits(draft, ctx);
        if (hits.length === 0) {
            return { status: "pass", message: `No term restricted by ${ctx.policies.legal.version} appears in the copy.` };
        }
        const first = hits[0];
        const terms = quoted(unique(hits.map((h) => h.term)));
        return {
            status: "fail",
            message: `The copy uses ${terms}, restricted by ${ctx.policies.legal.version} (${first.rule.replace(/\.$/, "")}); remove or rephrase it.`,
            evidence: unique(hits.map((h) => h.evidence)),
        };
    },
};

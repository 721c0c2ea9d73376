import { escapeRegExp, excerpt, publishableText, quoted, unique } from "../text.js";
/**
 * "the Lumora team" is how the company signs; "the Lumora" before these nouns names the company
 * or an account page, not the product with an article.
 */
const COMPANY_NOUNS = /^\s+(team|teams|app|community|support|help|blog|billing|account|workspace|trial|Team plan)\b/;
function forbiddenFormHits(text, form, canonical) {
    const article = /^the\s+/i.test(form);
    // An all-capitals form is a casing rule; other forms (a domain, an article) match in any case.
    const flags = form === form.toUpperCase() ? "g" : "gi";
    const pattern = new RegExp(`(?<![\\w.@/])${escapeRegExp(form).replace(/\s+/g, "\\s+")}(?![\\w])`, flags);
    return [...text.matchAll(pattern)]
        .filter((m) => !(article && COMPANY_NOUNS.test(text.slice((m.index ?? 0) + m[0].length))))
        .filter((m) => form !== canonical && m[0] !== canonical)
        .map((m) => ({ form, evidence: excerpt(text, m.index ?? 0, m[0].length) }));
}
/** Other casings ("lumora", "LuMora") outside web addresses, which are lower-case by nature. */
function casingHits(text, canonical, forms) {
    const pattern = new RegExp(`(?<![\\w.@/-])${escapeRegExp(canonical)}(?![\\w]|\\.[a-z])`, "gi");
    return [...text.matchAll(pattern)]
        .filter((m) => m[0] !== canonical && !forms.includes(m[0]))
        .map((m) => ({ form: m[0], evidence: excerpt(text, m.index ?? 0, m[0].length) }));
}
/** The product name spelled exactly as the brand writes it. */
export const productName = {
    label: "Product name",
    owner: "brand",
    channels: "all",
    run(draft, ctx) {
        const { canonical, forbidden_forms: forms } = ctx.policies.brand.product_name;
        const text = publishableText(draft);
        const hits = [...forms.flatMap((f) => forbiddenFormHits(text, f, canonical)), ...casingHits(text, canonical, forms)];
        if (hits.length === 0)
            return { status: "pass", message: `The product is always written "${canonical}".` };
        return {
            status: "fail",
            message: `The copy writes the product name as ${quoted(unique(hits.map((h) => h.form)))}; always write "${canonical}".`,
            evidence: unique(hits.map((h) => h.evidence)),
        };
    },
};

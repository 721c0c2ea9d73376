import { excerpt, findAll, publishableText, quoted, termPattern, unique } from "../text.js";
/** The brand's banned words, in any inflection or spacing ("game changer", "supercharged"). */
export const brandWords = {
    label: "Brand banned words",
    owner: "brand",
    channels: "all",
    run(draft, ctx) {
        const text = publishableText(draft);
        const hits = ctx.policies.brand.banned_words.flatMap((word) => findAll(termPattern(word, { inflect: true }), text).map((m) => ({ word, evidence: excerpt(text, m.index, m.text.length) })));
        if (hits.length === 0)
            return { status: "pass", message: `No word banned by ${ctx.policies.brand.version} appears.` };
        return {
            status: "fail",
            message: `The copy uses ${quoted(unique(hits.map((h) => h.word)))}, banned by ${ctx.policies.brand.version}; say what the product does instead.`,
            evidence: unique(hits.map((h) => h.evidence)),
        };
    },
};

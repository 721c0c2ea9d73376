import { charCount, stringList } from "../text.js";
function assetProblems(assets, rule) {
    const problems = [];
    const evidence = [];
    if (assets.length < rule.min || assets.length > rule.max)
        problems.push(`there ${assets.length === 1 ? "is" : "are"} ${assets.length} ${rule.noun}${assets.length === 1 ? "" : "s"} (${rule.min}–${rule.max} allowed)`);
    assets.forEach((asset, i) => {
        const length = charCount(asset);
        if (length > rule.maxChars) {
            problems.push(`${rule.noun} ${i + 1} is ${length} characters (at most ${rule.maxChars})`);
            evidence.push(asset);
        }
    });
    // Google Ads rejects duplicate assets; compare as a reader would, ignoring case and spacing.
    const seen = new Map();
    for (const asset of assets) {
        const key = asset.trim().toLowerCase().replace(/\s+/g, " ");
        if (seen.has(key)) {
            problems.push(`the ${rule.noun} "${asset}" is repeated`);
            evidence.push(asset);
        }
        seen.set(key, asset);
    }
    return { problems, evidence };
}
function assetCheck(draft, rule) {
    const { problems, evidence } = assetProblems(stringList(draft, rule.field), rule);
    if (problems.length === 0) {
        return { status: "pass", message: `The ${rule.noun}s fit the channel: ${rule.min}–${rule.max}, unique, at most ${rule.maxChars} characters.` };
    }
    const text = problems.join("; ");
    return { status: "fail", message: `${text.charAt(0).toUpperCase()}${text.slice(1)}; fix the ${rule.noun}s.`, evidence };
}
function isSearchAd(channel) {
    return channel.kind === "search_ad";
}
export const adHeadlines = {
    label: "Ad headlines",
    owner: "channel",
    channels: ["search_ad"],
    run(draft, ctx) {
        if (!isSearchAd(ctx.channel))
            return { status: "skipped", message: "Not a search ad channel." };
        const c = ctx.channel;
        return assetCheck(draft, { field: "headlines", noun: "headline", min: c.headlines_min, max: c.headlines_max, maxChars: c.headline_max_chars });
    },
};
export const adDescriptions = {
    label: "Ad descriptions",
    owner: "channel",
    channels: ["search_ad"],
    run(draft, ctx) {
        if (!isSearchAd(ctx.channel))
            return { status: "skipped", message: "Not a search ad channel." };
        const c = ctx.channel;
        return assetCheck(draft, { field: "descriptions", noun: "description", min: c.descriptions_min, max: c.descriptions_max, maxChars: c.description_max_chars });
    },
};

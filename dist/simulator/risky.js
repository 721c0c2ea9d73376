export const RISK_KINDS = ["invented_statistic", "competitor_name", "guarantee", "second_discount", "soc2_claim"];
const LONG = {
    invented_statistic: (brand) => `Teams that upgrade build reports 43% faster with ${brand}.`,
    competitor_name: (brand) => `Unlike Tableau, ${brand} keeps every dashboard in one place.`,
    guarantee: () => "Results are guaranteed from your first week on the paid plan.",
    second_discount: () => "Upgrade this week and take an extra 10% off with code EXTRA10.",
    soc2_claim: (brand) => `${brand} is SOC 2 certified, so your data stays protected.`,
};
const SHORT = {
    invented_statistic: "Reports 43% Faster",
    competitor_name: "Better Than Tableau",
    guarantee: "Guaranteed Results",
    second_discount: "Extra 10% Off This Week",
    soc2_claim: "SOC 2 Certified Dashboards",
};
export function injectRisk(copy, brief, choose) {
    const kind = choose.pick(RISK_KINDS);
    const line = LONG[kind](brief.brandName);
    if (typeof copy.email_body === "string") {
        copy.email_body = insertBeforeOffer(copy.email_body, line);
    }
    else if (Array.isArray(copy.headlines) && copy.headlines.length > 0) {
        copy.headlines[copy.headlines.length - 1] = SHORT[kind];
    }
    else {
        const field = Object.keys(copy).find((key) => typeof copy[key] === "string");
        if (field)
            copy[field] = `${String(copy[field])} ${line}`.trim();
    }
    return kind;
}
/** The violation sits in the body's middle, before the offer paragraph, where a reviewer skims. */
function insertBeforeOffer(body, line) {
    const paragraphs = body.split("\n\n");
    const offerAt = paragraphs.findIndex((p) => p.startsWith("Your offer:"));
    const at = offerAt > 0 ? offerAt : Math.min(2, paragraphs.length);
    paragraphs.splice(at, 0, line);
    return paragraphs.join("\n\n");
}

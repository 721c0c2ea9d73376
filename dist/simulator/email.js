const SUBJECT_MAX = 48;
export function writeEmail(brief, choose) {
    const subjects = choose.sample(subjectCandidates(brief), 3);
    const claims = choose.sample(brief.approvedClaims, Math.min(2, brief.approvedClaims.length));
    return {
        subject_lines: subjects,
        preview_text: previewText(brief, choose),
        email_body: emailBody(brief, claims, choose),
        cta_text: ctaText(brief),
        rationale: `Leads with the key message for the ${brief.variant === "generic" ? "generic" : roleName(brief)} audience, ` +
            `uses ${claims.length} approved claim${claims.length === 1 ? "" : "s"} word for word, states the offer once ` +
            "and keeps a single call to action before the footer.",
        risk_flags: [],
    };
}
export function ctaText(brief) {
    return brief.ctaText || `Upgrade ${brief.brandName}`;
}
function roleName(brief) {
    return brief.role ? `${brief.role} role` : "personalized";
}
function subjectCandidates(brief) {
    const brand = brief.brandName;
    const candidates = [
        `Keep your ${brand} dashboards after your trial`,
        `Your ${brand} trial is ending`,
        `Keep everything you built in ${brand}`,
        `Your ${brand} work stays when you upgrade`,
        `Before your ${brand} trial ends`,
        `Keep your dashboards, queries and alerts`,
        ...roleSubjects(brief),
    ];
    if (brief.offer?.code)
        candidates.push(`Your ${brief.planName ? "upgrade" : "offer"} code ${brief.offer.code} is ready`);
    const fitting = [...new Set(candidates)].filter((s) => s.length <= SUBJECT_MAX && !s.includes("!"));
    // Three distinct lines are always possible: pad with plain, short fallbacks if a long brand name ate the pool.
    for (const spare of [`A note about your ${brand} trial`, "Your trial is ending", "Keep what you built"]) {
        if (fitting.length >= 3)
            break;
        if (!fitting.includes(spare) && spare.length <= SUBJECT_MAX)
            fitting.push(spare);
    }
    return fitting;
}
function roleSubjects(brief) {
    if (brief.variant === "generic")
        return [];
    const role = brief.role.toLowerCase();
    if (role === "admin")
        return [`Keep your team's dashboards in ${brief.brandName}`];
    if (role === "analyst")
        return [`Keep your queries and reports in ${brief.brandName}`];
    if (role === "viewer")
        return ["Keep the dashboards your team shares"];
    return [];
}
function previewText(brief, choose) {
    const offer = brief.offer;
    const candidates = [
        sentence(brief.keyMessage),
        offer?.code && offer.expiresText ? `Your offer code ${offer.code} is valid until ${offer.expiresText}.` : "",
        `Everything you built during the trial stays in ${brief.brandName} when you upgrade.`,
        `Upgrading keeps the dashboards and reports you set up in ${brief.brandName}.`,
    ].filter((text) => text.length >= 40 && text.length <= 90);
    return candidates.length > 0 ? choose.pick(candidates) : `Keep the work you did during your ${brief.brandName} trial.`;
}
function emailBody(brief, claims, choose) {
    const cta = ctaText(brief);
    const callToAction = `[${cta}]`;
    const paragraphs = [
        "Hi there,",
        opening(brief, choose),
        [sentence(brief.keyMessage), deadlineSentence(brief.deadlineText)].filter(Boolean).join(" "),
        claims.length > 0 ? claims.map(sentence).join(" ") : "",
        offerSentence(brief),
        callToAction,
        `${choose.pick([`Thank you for trying ${brief.brandName},`, "Best regards,", `See you in ${brief.brandName},`])}\nThe team at ${brief.brandName}`,
        [sentence(brief.unsubscribeText), brief.postalAddress].filter(Boolean).join("\n"),
    ];
    // The call to action appears exactly once: drop any other paragraph that repeats its text.
    const repeatsCta = (p) => p !== callToAction && p.toLowerCase().includes(cta.toLowerCase());
    return paragraphs.filter((p) => p && !repeatsCta(p)).join("\n\n");
}
/** What the upgrade is worth to each role, in the words of the approved claims. */
const ROLE_VALUE = {
    admin: "As the admin, upgrading keeps the workspace you set up and every dashboard your team shares in it.",
    analyst: "As an analyst, upgrading keeps your queries, dashboards and scheduled reports.",
    viewer: "Upgrading keeps the dashboards your team shares with you.",
    generic: "Upgrading keeps everything your team built during the trial.",
};
function opening(brief, choose) {
    const brand = brief.brandName;
    if (brief.roleValueOpening) {
        return ROLE_VALUE[brief.variant === "generic" ? "generic" : brief.role.toLowerCase()] ?? ROLE_VALUE.generic;
    }
    if (brief.variant === "generic") {
        return choose.pick([
            `Your ${brand} trial is coming to an end.`,
            `Thank you for spending your trial with ${brand}.`,
        ]);
    }
    const role = brief.role.toLowerCase();
    const byRole = {
        admin: [`You set up ${brand} for your team during the trial.`, `As the admin of your ${brand} workspace, you decide what happens next.`],
        analyst: [`You built queries and dashboards in ${brand} during the trial.`, `Your analysis in ${brand} has taken shape during the trial.`],
        viewer: [`Your team has been sharing dashboards with you in ${brand}.`, `You have been following your team's dashboards in ${brand}.`],
    };
    return choose.pick(byRole[role] ?? [`Thank you for using ${brand} during your trial.`]);
}
function deadlineSentence(deadline) {
    if (!deadline)
        return "";
    if (/\b(ends?|expires?|closes?)\b/i.test(deadline))
        return sentence(deadline);
    const joiner = /^(in|on|at|by|before)\b/i.test(deadline) ? "" : /^\d|^[A-Z][a-z]+ \d/.test(deadline) ? "on " : "";
    return `Your trial ends ${joiner}${deadline.replace(/\.$/, "")}.`;
}
function offerSentence(brief) {
    const offer = brief.offer;
    if (!offer)
        return "";
    const code = offer.code ? ` with code ${offer.code}` : "";
    const until = offer.expiresText ? `, valid until ${offer.expiresText}` : "";
    return `Your offer: ${lowerFirst(offer.summary)}${code}${until}.`;
}
/** Capitalised, ending in one full stop. */
export function sentence(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return "";
    const body = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    return /[.?]$/.test(body) ? body : `${body}.`;
}
function lowerFirst(text) {
    return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

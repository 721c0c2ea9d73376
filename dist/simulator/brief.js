export function readBrief(messages) {
    const system = messages.filter((m) => m.role === "system" || m.role === "developer").map(textOf).join("\n");
    const user = messages.filter((m) => m.role === "user").map(textOf).join("\n");
    const all = `${system}\n${user}`;
    const footer = /ends with\s+"([^"]+)"\s+and the address\s+"([^"]+)"/i.exec(all);
    const crm = /<crm_notes>([\s\S]*?)<\/crm_notes>/i.exec(user);
    return {
        brandName: /emails? for ([A-Z][\w.-]*)/.exec(system)?.[1] ?? /copy for ([A-Z][\w.-]*)/.exec(system)?.[1] ?? "Lumora",
        goal: labelled(user, "Goal"),
        keyMessage: labelled(user, "Key message"),
        ctaText: labelled(user, "Call to action") || labelled(user, "CTA"),
        deadlineText: labelled(user, "Deadline"),
        offer: readOffer(labelled(user, "Offer")),
        approvedClaims: bulletsAfter(system, /approved claims/i),
        bannedWords: readList(/Never use these words:\s*(.+)/i.exec(system)?.[1] ?? ""),
        legalRules: bulletsAfter(system, /legal restrictions/i),
        unsubscribeText: footer?.[1] ?? "You can unsubscribe at any time.",
        postalAddress: footer?.[2] ?? "",
        variant: /generic/i.test(labelled(user, "Audience variant")) ? "generic" : "personalized",
        role: labelled(user, "Role"),
        planName: labelled(user, "Plan"),
        usageSummary: labelled(user, "Usage during the trial"),
        roleValueOpening: /worth to the reader'?s role/i.test(system),
        crmNotes: crm?.[1]?.trim() ?? "",
    };
}
function textOf(message) {
    if (typeof message.content === "string")
        return message.content;
    if (Array.isArray(message.content)) {
        return message.content.map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : "")).join("\n");
    }
    return "";
}
/** The rest of the first line that starts with `label:` (case-insensitive), trimmed. */
function labelled(text, label) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^\\s*${escaped}:[ \\t]*(.*)$`, "im").exec(text)?.[1]?.trim() ?? "";
}
/** "20% off … with code TEAM20, valid until 2026-12-31 23:59 UTC. This is the only discount." */
function readOffer(line) {
    if (!line)
        return null;
    const match = /^(.*?)\s+with code\s+([A-Za-z0-9_-]+),?\s*(?:valid until\s+(.*?))?\.?(?:\s+This is the only discount\.?)?$/i.exec(line);
    if (!match)
        return { summary: line.replace(/\.$/, ""), code: "", expiresText: "" };
    return { summary: match[1] ?? "", code: match[2] ?? "", expiresText: (match[3] ?? "").replace(/\.$/, "") };
}
/** The "- item" lines of the first block after a heading that matches `heading`. */
function bulletsAfter(text, heading) {
    const lines = text.split("\n");
    // A heading is prose, never a bullet: a legal rule may itself mention "the approved claims".
    const start = lines.findIndex((line) => heading.test(line) && !BULLET.test(line));
    if (start < 0)
        return [];
    const items = [];
    for (const line of lines.slice(start + 1)) {
        const bullet = BULLET.exec(line);
        if (bullet?.[1])
            items.push(bullet[1]);
        else if (items.length > 0)
            break;
    }
    return items;
}
const BULLET = /^\s*[-*]\s+(.*\S)\s*$/;
function readList(text) {
    return text
        .replace(/\.\s*$/, "")
        .split(",")
        .map((word) => word.trim())
        .filter(Boolean);
}

import { squash, stringField } from "../text.js";
function footerRule(ctx) {
    const rule = ctx.policies.legal.restrictions.find((r) => r.unsubscribe_phrases || r.postal_address);
    return { phrases: rule?.unsubscribe_phrases ?? [], address: rule?.postal_address };
}
/** The email footer the law requires: an unsubscribe phrase and the physical mailing address. */
export const unsubscribeAndAddress = {
    label: "Unsubscribe and postal address",
    owner: "legal",
    channels: ["email"],
    run(draft, ctx) {
        if (ctx.channel.kind !== "email")
            return { status: "skipped", message: "Not an email channel." };
        const body = stringField(draft, "email_body");
        const { phrases, address } = footerRule(ctx);
        const missing = [];
        if (ctx.channel.requires_unsubscribe && !phrases.some((p) => body.toLowerCase().includes(p.toLowerCase()))) {
            missing.push(`unsubscribe language (for example "${phrases[0] ?? "You can unsubscribe at any time"}")`);
        }
        // Compared on letters and digits only, so line breaks and commas in the footer do not matter.
        if (ctx.channel.requires_postal_address && address && !squash(body).includes(squash(address))) {
            missing.push(`the postal address "${address}"`);
        }
        if (missing.length === 0)
            return { status: "pass", message: "The body has unsubscribe language and the postal address." };
        return {
            status: "fail",
            message: `The body is missing ${missing.join(" and ")}; add it to the footer.`,
            evidence: [body.split("\n").filter((l) => l.trim()).slice(-2).join(" / ")],
        };
    },
};

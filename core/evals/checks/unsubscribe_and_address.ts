import type { Check, CheckContext } from "../types.ts";
import { squash, stringField } from "../text.ts";

/** The footer's phrases and address, wherever the legal policy states them (one restriction or two). */
function footerRule(ctx: CheckContext): { phrases: string[]; address?: string } {
  const rules = ctx.policies.legal.restrictions;
  return { phrases: rules.flatMap((r) => r.unsubscribe_phrases ?? []), address: rules.find((r) => r.postal_address)?.postal_address };
}

/** The email footer the law requires: an unsubscribe phrase and the physical mailing address. */
export const unsubscribeAndAddress: Check = {
  label: "Unsubscribe and postal address",
  owner: "legal",
  channels: ["email"],
  run(draft, ctx) {
    if (ctx.channel.kind !== "email") return { status: "skipped", message: "Not an email channel." };
    const body = stringField(draft, "email_body");
    const { phrases, address } = footerRule(ctx);
    const missing: string[] = [];
    if (ctx.channel.requires_unsubscribe && !phrases.some((p) => body.toLowerCase().includes(p.toLowerCase()))) {
      missing.push(`unsubscribe language (for example "${phrases[0] ?? "You can unsubscribe at any time"}")`);
    }
    // Compared on letters and digits only, so line breaks and commas in the footer do not matter.
    if (ctx.channel.requires_postal_address && address && !squash(body).includes(squash(address))) {
      missing.push(`the postal address "${address}"`);
    }
    if (missing.length === 0) return { status: "pass", message: "The body has unsubscribe language and the postal address." };
    return {
      status: "fail",
      message: `The body is missing ${missing.join(" and ")}; add it to the footer.`,
      evidence: [body.split("\n").filter((l) => l.trim()).slice(-2).join(" / ")],
    };
  },
};

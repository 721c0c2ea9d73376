/**
 * The approved claims this brief may use. The brief lists claim ids; a claim text that is not an
 * id is taken as the claim itself, so callers holding only texts (the prompt input) work too.
 */
export function briefClaims(ctx) {
    const registry = ctx.policies.claims.claims;
    return ctx.brief.claims.map((ref, i) => registry.find((c) => c.id === ref || c.text === ref) ?? { id: `brief_claim_${i + 1}`, text: ref });
}
export function briefClaimTexts(ctx) {
    return briefClaims(ctx).map((c) => c.text);
}
/** Approved in the registry but not chosen for this brief: sayable only after a reviewer agrees. */
export function registryOnlyClaims(ctx) {
    const inBrief = new Set(briefClaims(ctx).map((c) => c.id));
    return ctx.policies.claims.claims.filter((c) => !inBrief.has(c.id));
}

import type { Check, CheckContext } from "../types.ts";
import { excerpt, findAll, humanList, publishableText, quoted, unique } from "../text.ts";

/** Web addresses with a scheme, a www. prefix, or a bare domain followed by a path. */
const URL_PATTERNS = [
  /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]+/gi,
  /(?<![\w@./-])www\.[^\s<>"'`)\]]+/gi,
  /(?<![\w@./:-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'`)\]]*/gi,
];
/** An href or src that is not a web address at all ("javascript:", "data:", "//host"). */
const OTHER_TARGETS = /\b(?:href|src)\s*=\s*["']?((?!https?:\/\/|mailto:)[^"'\s>]+)/gi;
const MAILTO = /\bmailto:([^\s<>"'`)\]?]+)/gi;

/** Asking a recipient for credentials or payment details is what phishing does; marketing never does. */
const CREDENTIAL_ASK = /\b(?:passwords?|passcodes?|log-?in (?:details|credentials)|credentials|one-time (?:code|password)|security code|CVV|card (?:number|details)|social security number|bank (?:details|account number)|verify your (?:account|identity|payment|billing|card))\b/gi;

/**
 * Legal's allowlist; a policy without one allows only the host of the brief's cta_url (an
 * unsubscribe or preferences page sits there), never a domain the copy itself introduces.
 */
function allowedDomains(ctx: CheckContext): { domains: string[]; declared: boolean } {
  const declared = unique(ctx.policies.legal.restrictions.flatMap((r) => r.allowed_domains ?? []).map((d) => d.toLowerCase()));
  if (declared.length > 0) return { domains: declared, declared: true };
  const ctaHost = ctx.brief.cta_url ? hostOf(ctx.brief.cta_url) : undefined;
  return { domains: ctaHost ? [ctaHost] : [], declared: false };
}

function hostOf(address: string): string | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function sameUrl(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

/** Every link target in the copy, trailing sentence punctuation trimmed. */
function linkTargets(text: string): { target: string; index: number }[] {
  const found = URL_PATTERNS.flatMap((p) => findAll(p, text)).map((m) => ({ target: m.text.replace(/[.,;:!?]+$/, ""), index: m.index }));
  const mail = findAll(MAILTO, text).map((m) => ({ target: m.text, index: m.index }));
  const other = [...text.matchAll(OTHER_TARGETS)].map((m) => ({ target: m[1] ?? "", index: m.index ?? 0 }));
  // A bare-domain match inside a full URL is the same link.
  return [...found, ...mail, ...other].filter((l, _, all) => !all.some((o) => o !== l && o.index < l.index && o.index + o.target.length >= l.index + l.target.length));
}

function isAllowed(target: string, ctx: CheckContext, { domains, declared }: { domains: string[]; declared: boolean }): boolean {
  if (sameUrl(target, ctx.brief.cta_url)) return true;
  // A target written as "scheme:rest" ("app.lumora.example:evil", "www.acme.com:8080/x") has no host
  // to hostOf ("" from the URL parser), so it is never allowed.
  const isWeb = /^(?:https?:\/\/|www\.|[a-z0-9-]+\.)/i.test(target);
  const host = target.toLowerCase().startsWith("mailto:") ? target.slice(target.indexOf("@") + 1).toLowerCase() : isWeb ? hostOf(target) : undefined;
  return host !== undefined && domains.some((d) => host === d || (declared && host.endsWith(`.${d}`)));
}

/** Every link is the brief's call to action or on legal's domain allowlist; no ask for credentials. */
export const links: Check = {
  label: "Links and credentials",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const text = publishableText(draft);
    const { domains, declared } = allowedDomains(ctx);
    const stray = linkTargets(text).filter((l) => !isAllowed(l.target, ctx, { domains, declared }));
    const asks = findAll(CREDENTIAL_ASK, text);
    if (stray.length === 0 && asks.length === 0) {
      return { status: "pass", message: "Every link is the call to action or on an allowed domain, and nothing asks for credentials." };
    }
    const problems: string[] = [];
    if (stray.length > 0) {
      const version = ctx.policies.legal.version;
      const allowed = declared
        ? `on the allowed domains of ${version} (${humanList(domains)})`
        : `on the cta_url's host${domains.length > 0 ? ` ${domains[0]}` : ""} (${version} lists no allowed_domains)`;
      // One link written twice (or matched by two patterns at one place) is still one link: "is".
      const targets = unique(stray.map((l) => l.target));
      problems.push(`links to ${quoted(targets)}, which ${targets.length === 1 ? "is" : "are"} neither the brief's cta_url nor ${allowed}`);
    }
    if (asks.length > 0) problems.push(`asks the reader for ${quoted(unique(asks.map((a) => a.text.toLowerCase())))}, which marketing email never does`);
    return {
      status: "fail",
      message: `The copy ${problems.join(", and ")}; remove ${stray.length > 0 && asks.length > 0 ? "them" : "it"}.`,
      evidence: unique([...stray, ...asks.map((a) => ({ target: a.text, index: a.index }))].map((l) => excerpt(text, l.index, l.target.length))),
    };
  },
};

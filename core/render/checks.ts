import { runCheck } from "../evals/index.ts";
import type { CheckContext, CheckId } from "../evals/index.ts";
import type { CheckResult, EvalReport } from "../model/index.ts";
import type { RenderedEmail } from "./render.ts";

/** Text checks that must also hold for what the template adds around the copy. */
const RENDERED_TEXT_CHECKS: CheckId[] = ["unsubscribe_and_address", "restricted_terms", "competitor_names"];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

/** Attribute values as a browser reads them (Handlebars writes "=" as &#x3D;, MJML keeps entities). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/\bhref="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
}

function result(id: string, label: string, owner: string, failure: string | null, pass: string, evidence: string[] = []): CheckResult {
  return failure
    ? { id, label, status: "fail", message: failure, evidence, owner }
    : { id, label, status: "pass", message: pass, evidence: [], owner };
}

/** The links recipients click: the brief's CTA exactly once, and the unsubscribe link when the channel requires it. */
function linkChecks(email: RenderedEmail, ctx: CheckContext, links: { cta?: string; unsubscribe: string }): CheckResult[] {
  const checks: CheckResult[] = [];
  const linked = hrefs(email.html);
  if (links.cta) {
    const n = linked.filter((href) => href === links.cta).length;
    checks.push(result("rendered_cta_link", "Call-to-action link (rendered email)", "brand",
      n === 1 ? null : `The rendered email links the call to action ${n} times; the template must place {{cta_url}} exactly once.`,
      "The rendered email links the brief's call to action exactly once."));
  }
  if (ctx.channel.kind === "email" && ctx.channel.requires_unsubscribe) {
    const present = linked.includes(links.unsubscribe);
    checks.push(result("rendered_unsubscribe_link", "Unsubscribe link (rendered email)", "legal",
      present ? null : "The rendered email has no unsubscribe link; the template must place {{unsubscribe_url}} in an href.",
      "The rendered email carries the unsubscribe link."));
  }
  const preview = email.previewText !== "" && decodeEntities(email.html).includes(email.previewText);
  checks.push(result("rendered_preview", "Preview text (rendered email)", "channel",
    preview ? null : "The rendered email does not carry the preview text; the template must place {{preview_text}} in <mj-preview>.",
    "The rendered email carries the preview text."));
  return checks;
}

/** The checks on the email as it will be sent: the text checks again on its plain-text part, and its links. */
export function checkRenderedEmail(email: RenderedEmail, ctx: CheckContext, links: { cta?: string; unsubscribe: string }): CheckResult[] {
  const projection = { subject_lines: [email.subject], preview_text: email.previewText, email_body: email.text };
  const textChecks = RENDERED_TEXT_CHECKS.map((id) => {
    const check = runCheck(id, projection, ctx);
    return { ...check, id: `rendered_${id}`, label: `${check.label} (rendered email)` };
  });
  return [...textChecks, ...linkChecks(email, ctx, links)];
}

/** Rendered checks only make a verdict stricter: a failure in the sent email fails the variant. */
export function withRenderedChecks(report: EvalReport, rendered: CheckResult[]): EvalReport {
  const failed = rendered.some((c) => c.status === "fail");
  const warned = rendered.some((c) => c.status === "warn");
  const verdict = report.verdict === "fail" || failed ? "fail" : report.verdict === "review" || warned ? "review" : "pass";
  return { ...report, verdict, checks: [...report.checks, ...rendered] };
}

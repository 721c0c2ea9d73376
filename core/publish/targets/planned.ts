import { createHash } from "node:crypto";
import type { PlannedRequest } from "./types.ts";

/** Rendered parts are long and already hashed in drafts.json: shown by size and hash, which a reviewer can compare. */
const BULKY_FIELDS = new Set(["html_content", "plain_content", "html", "plain_text", "body"]);

function summarise(value: unknown, key = ""): unknown {
  if (typeof value === "string" && BULKY_FIELDS.has(key) && value.length > 200) {
    return `<${Buffer.byteLength(value)} bytes, sha256:${createHash("sha256").update(value).digest("hex")}>`;
  }
  if (Array.isArray(value)) return value.map((item) => summarise(item));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, summarise(v, k)]));
  return value;
}

/** What `copygate publish --dry-run` prints for one target: each request, its purpose, masked headers and body. */
export function formatPlannedRequests(target: string, planned: PlannedRequest[]): string {
  const blocks = planned.map((p, i) => {
    const headers = Object.entries(p.headers).map(([k, v]) => `   ${k}: ${v}`).join("\n");
    const body = p.body === undefined ? "" : `\n${JSON.stringify(summarise(p.body), null, 2).replace(/^/gm, "   ")}`;
    return `${i + 1}. ${p.purpose}\n   ${p.method} ${p.url}\n${headers}${body}`;
  });
  return `${target}: ${planned.length} request${planned.length === 1 ? "" : "s"} (nothing sent)\n${blocks.join("\n")}\n`;
}

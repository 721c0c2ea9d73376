/** Requests GitHub would reject and responses GitHub would never send: each makes a test fail. */

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  kind: "unknown-route" | "invalid-request" | "over-limit" | "invalid-response" | "unimplemented" | "media-type";
  problems: string[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
}

export function formatViolations(violations: Violation[]): string {
  const lines = violations.map(
    (v) => `- ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ""} [${v.kind}]: ${v.problems.join("; ")}`,
  );
  return `github twin: ${violations.length} request(s) GitHub would reject or response(s) it would not send:\n${lines.join("\n")}`;
}

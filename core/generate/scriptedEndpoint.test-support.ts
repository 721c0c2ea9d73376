/**
 * A small OpenAI-compatible server for tests, answering a script of replies in arrival order
 * (whatever the body) and recording every request: the faults the bundled simulator does not
 * script (a 401, a Retry-After of an hour, an echoed key, a judge's verdict) over real HTTP.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ScriptedReply =
  | { kind: "json"; content: string; model?: string; headers?: Record<string, string> }
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string> }
  | { kind: "drop" }
  | { kind: "hang" };

export interface RecordedRequest {
  headers: IncomingHttpHeaders;
  body: { model: string; messages: { role: string; content: string }[]; [key: string]: unknown };
}

export interface ScriptedEndpoint {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Replies are taken in order; past the end the last one repeats. */
export async function scriptedEndpoint(script: ScriptedReply[]): Promise<ScriptedEndpoint> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as RecordedRequest["body"];
      const reply = script[Math.min(requests.length, script.length - 1)]!;
      requests.push({ headers: req.headers, body });
      if (reply.kind === "hang") return;
      if (reply.kind === "status") {
        const payload = JSON.stringify({ error: { message: reply.message ?? `status ${reply.status}`, type: "error", param: null, code: null } });
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        res.end(payload);
        return;
      }
      const payload = JSON.stringify({
        id: `chatcmpl-${requests.length}`, object: "chat.completion", created: 0, model: reply.kind === "json" ? (reply.model ?? body.model) : body.model,
        choices: [{ index: 0, message: { role: "assistant", content: reply.kind === "json" ? reply.content : "" }, finish_reason: "stop" }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
      if (reply.kind === "drop") {
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
        res.write(payload.slice(0, payload.length / 2));
        setImmediate(() => res.destroy());
        return;
      }
      res.writeHead(200, { "content-type": "application/json", ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

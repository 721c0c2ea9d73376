/**
 * A model endpoint copygate cannot tell from a real one: the bundled simulator behind a proxy that
 * removes its marks (the x-copygate-simulator header, "+copygate-simulator" in the model id). Tests
 * use it where a real, non-simulated judge model is needed; copygate counts its verdicts.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startSimulator, type SimulatorOptions } from "../../simulator/index.ts";

export interface UnmarkedModel {
  url: string;
  requestCount(): number;
  close(): Promise<void>;
}

export async function startUnmarkedModel(options: SimulatorOptions = {}): Promise<UnmarkedModel> {
  const simulator = await startSimulator(options);
  const upstream = new URL(simulator.url);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const answer = await fetch(`${upstream.origin}${req.url ?? "/"}`, {
        method: req.method,
        headers: { "content-type": "application/json" },
        ...(req.method === "POST" ? { body: Buffer.concat(chunks) } : {}),
      });
      const text = (await answer.text()).replaceAll("+copygate-simulator", "");
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (name !== "x-copygate-simulator" && name !== "content-length" && name !== "content-encoding") headers[name] = value;
      });
      res.writeHead(answer.status, headers);
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requestCount: () => simulator.requestCount(),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await simulator.close();
    },
  };
}

/**
 * copygate's bundled OpenAI-compatible simulator: the no-key default of `npm start` and the peer of
 * every generation test. Deterministic for a seed; injects latency, 429s, 5xx, malformed JSON and
 * risky copy at given rates.
 */
import type { AddressInfo } from "node:net";
import type { SimulatorOptions } from "./options.ts";
import { createSimulatorServer, newState, type SimulatorStats } from "./server.ts";

export type { FaultRates, ModelBehaviour, SimulatorOptions } from "./options.ts";
export { simulatorOptionsFromEnv } from "./options.ts";
export type { SimulatorStats } from "./server.ts";
export { readBrief, type SimBrief } from "./brief.ts";

export interface RunningSimulator {
  /** Base URL ending in /v1, ready for the openai SDK's baseURL. */
  url: string;
  close(): Promise<void>;
  /** Every HTTP request received so far. */
  requestCount(): number;
  stats(): SimulatorStats;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const state = newState();
  const server = createSimulatorServer(options, state);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/v1`,
    requestCount: () => state.stats.requests,
    stats: () => structuredClone(state.stats),
    close: () => {
      // Idempotent: a test's cleanup may close a simulator the test already closed.
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open; in-flight answers are abandoned on purpose.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

import type { SimulatorOptions } from "./options.ts";
import { type SimulatorStats } from "./server.ts";
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
export declare function startSimulator(options?: SimulatorOptions): Promise<RunningSimulator>;

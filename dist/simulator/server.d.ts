import { type Server } from "node:http";
import type { SimulatorOptions } from "./options.ts";
export interface SimulatorStats {
    /** Every HTTP request received, whatever its path or answer. */
    requests: number;
    /** Chat completion requests only. */
    completions: number;
    byStatus: Record<string, number>;
    byModel: Record<string, number>;
    injected: Record<string, number>;
    /** The most chat completion requests that were in flight at once. */
    maxInFlight: number;
}
export interface SimulatorState {
    stats: SimulatorStats;
    inFlight: number;
    seenBodies: Map<string, number>;
    quotaWindow: {
        startedAt: number;
        used: number;
    };
}
export declare function newState(): SimulatorState;
export declare function createSimulatorServer(options: SimulatorOptions, state: SimulatorState): Server;

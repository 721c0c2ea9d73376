import { type SimulatorOptions } from "../../simulator/index.ts";
import type { CommandIo } from "../main.ts";
export declare function parseSimulateArgs(args: string[], env: NodeJS.ProcessEnv): SimulatorOptions | "help";
export declare function describeSimulator(url: string, options: SimulatorOptions): string;
/** Runs until `stop` settles; `run` below wires it to SIGINT/SIGTERM. */
export declare function serve(args: string[], io: CommandIo, stop: Promise<unknown>): Promise<number>;
export declare function run(args: string[], io: CommandIo): Promise<number>;

import type { CommandIo } from "../main.ts";
/** freshness → audience → brief → prompt → model → evals → checkpoint; writes drafts.json and a trace. */
export declare function run(args: string[], io: CommandIo): Promise<number>;

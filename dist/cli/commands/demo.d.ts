import type { CommandIo } from "../main.ts";
/**
 * `npm start`: the whole pipeline on the example campaign against the bundled simulator, offline,
 * on the demo clock. Writes its drafts under .copygate/demo so the committed drafts stay untouched.
 */
export declare function run(args: string[], io: CommandIo): Promise<number>;

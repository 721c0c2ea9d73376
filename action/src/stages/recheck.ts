/** Step 5: today's checks on each committed variant (core/pipeline/recheck.ts, shared with the CLI and the bot). */
export { recheckVariants } from "../../../core/pipeline/index.ts";

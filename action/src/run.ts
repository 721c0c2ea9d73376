/**
 * The Action's entry point (action.yml → dist/index.js).
 * Do not add any logic to this file: it only starts the runner.
 */
import { run } from "./runner.ts";

await run();

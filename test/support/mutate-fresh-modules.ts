import { vi } from "vitest";

// `npm run mutate` only (vitest.mutate.config.ts): its test files share one worker, and this setup
// file runs before each of them. Resetting the module registry makes the file import fresh copies
// of our modules, so a memo filled by an earlier file, or under an earlier mutant, is never read.
// Dependencies in node_modules are loaded by Node itself and stay loaded; that is the time saved.
vi.resetModules();

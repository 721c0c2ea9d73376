#!/usr/bin/env node
// The copygate command. An installed package runs the JavaScript built into dist/ (no TypeScript
// loader at run time); a checkout of the repository, which has the sources, runs them through tsx.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "cli", "bin.ts");
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(join(root, "dist", "cli", "bin.js")).href);
}

#!/usr/bin/env node
// Runs a TypeScript entry file through tsx's ESM loader: `node bin/run-ts.js path/to/file.ts [args…]`.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node bin/run-ts.js <file.ts> [args…]");
  process.exit(2);
}
register();
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(resolve(entry)).href);

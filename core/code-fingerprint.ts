/**
 * What copygate's own code is, as a hash: results computed by the code (check results) may be kept
 * on disk only under this, so a changed check never serves an answer the old one gave. The package
 * and Action builds write it in (esbuild `define`, from the same files); in a checkout it is the
 * hash of core/'s sources and the lockfile, read once. Null when neither can be had: nothing
 * computed is then reused.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.ts";

declare const __COPYGATE_CODE_FINGERPRINT__: string | undefined;

/** core/'s TypeScript sources (tests left out) and package-lock.json, in a stable order. */
export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) files.push(path);
    }
  };
  walk("core");
  files.sort();
  files.push("package-lock.json");
  return sha256(files.map((file) => `${file}\n${sha256(readFileSync(join(root, file)))}`).join("\n"));
}

let known: string | null | undefined;

export function codeFingerprint(): string | null {
  if (known !== undefined) return known;
  if (typeof __COPYGATE_CODE_FINGERPRINT__ === "string") return (known = __COPYGATE_CODE_FINGERPRINT__);
  try {
    known = sourceFingerprint(fileURLToPath(new URL("..", import.meta.url)));
  } catch {
    known = null; // a bundle built without the define, away from its sources
  }
  return known;
}

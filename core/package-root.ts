import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder copygate's own package.json is in, found by walking up from this module: the same
 * answer whether the sources run from a checkout (core/) or built from an installed package (dist/core/).
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "prompts", "judges"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`copygate's package folder was not found above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

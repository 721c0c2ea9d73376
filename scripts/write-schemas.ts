/** Writes schemas/*.schema.json from core/validate/schemas, where the schemas live: node bin/run-ts.js scripts/write-schemas.ts */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SCHEMAS, schemaFileText } from "../core/validate/schemas/index.ts";
import type { SchemaName } from "../core/validate/schemas/index.ts";

const root = process.cwd();
await mkdir(join(root, "schemas"), { recursive: true });
for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
  await writeFile(join(root, "schemas", `${name}.schema.json`), schemaFileText(name));
  process.stdout.write(`wrote schemas/${name}.schema.json\n`);
}

import { InputError } from "../../errors.ts";
import type { SourceDefinition, SourceSnapshot } from "../../model/index.ts";
import { loadFileSource } from "./file.ts";
import { loadHttpSource } from "./http.ts";
import { loadPostgresSource } from "./postgres.ts";
import { toSnapshot } from "./snapshot.ts";
import type { SourceKind, SourceLoader, SourceOptions } from "./types.ts";

/** Every source kind and its loader; the compiler refuses a kind without one. */
const SOURCE_LOADERS: { [K in SourceKind]: SourceLoader<K> } = {
  file: loadFileSource,
  postgres: loadPostgresSource,
  http: loadHttpSource,
};

/** Reads a source's rows and stamps them with max_loaded_at and a snapshot hash. */
export async function loadSnapshot(root: string, definition: SourceDefinition, options: SourceOptions = {}): Promise<SourceSnapshot> {
  const loader = SOURCE_LOADERS[definition.kind] as SourceLoader | undefined;
  if (!loader) {
    throw new InputError(`source "${definition.name}" has unknown kind "${String(definition.kind)}"`, {
      file: `sources/${definition.name}.yaml`,
      field: "kind",
      hint: `use one of: ${Object.keys(SOURCE_LOADERS).join(", ")}`,
    });
  }
  const rows = await loader(root, definition, options);
  return toSnapshot(definition.name, rows, definition);
}

export { maxLoadedAt, toEpochMs } from "./snapshot.ts";
export { parseCsv } from "./csv.ts";
export { SourceReadError } from "./types.ts";
export type { SourceOptions, SourceRow, SourceKind } from "./types.ts";

import { InputError } from "../../errors.js";
import { loadFileSource } from "./file.js";
import { loadHttpSource } from "./http.js";
import { loadPostgresSource } from "./postgres.js";
import { toSnapshot } from "./snapshot.js";
/** Every source kind and its loader; the compiler refuses a kind without one. */
const SOURCE_LOADERS = {
    file: loadFileSource,
    postgres: loadPostgresSource,
    http: loadHttpSource,
};
/** Reads a source's rows and stamps them with max_loaded_at and a snapshot hash. */
export async function loadSnapshot(root, definition, options = {}) {
    const loader = SOURCE_LOADERS[definition.kind];
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
export { maxLoadedAt, toEpochMs } from "./snapshot.js";
export { parseCsv } from "./csv.js";
export { SourceReadError } from "./types.js";

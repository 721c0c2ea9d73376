/** copygate's own version, named in every report's provenance (kept equal to package.json by a test). */
export const COPYGATE_VERSION = "0.1.0";

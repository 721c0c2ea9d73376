/** Changed files as paths relative to the copygate root (the `root` input), others dropped. */
import type { ChangedFile } from "../../../core/report/index.ts";

export function underRoot(files: ChangedFile[], root: string): ChangedFile[] {
  const prefix = normalizeRoot(root);
  if (!prefix) return files;
  const strip = (path: string | undefined) => (path?.startsWith(prefix) ? path.slice(prefix.length) : undefined);
  return files.flatMap((file) => {
    const filename = strip(file.filename);
    if (filename === undefined) return [];
    const previous = strip(file.previous_filename);
    return [{ filename, status: file.status, ...(previous ? { previous_filename: previous } : {}) }];
  });
}

/** "." or "" → "" ; "marketing/" → "marketing/" ; "./marketing" → "marketing/" */
export function normalizeRoot(root: string): string {
  const trimmed = root.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "." || trimmed === "" ? "" : `${trimmed}/`;
}

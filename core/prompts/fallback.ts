import Handlebars from "handlebars";
import { InputError } from "../errors.ts";
import { loadReleases } from "../files/index.ts";
import { keyLine, readRepoText, RepoFileError } from "../files/boundary.ts";
import { loadPromptRegistry } from "./registry.ts";

/**
 * The approved fallback template: Handlebars text split into fields by `## <field>` header lines.
 * A field whose output-schema type is an array takes one item per non-empty line; any other field
 * takes its trimmed text. Marketers read and review it like the email itself.
 */
export async function renderFallback(root: string, workflow: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const releases = await loadReleases(root, workflow);
  const fileName = releases.fallback_template ?? "fallback.hbs";
  const path = `prompts/${workflow}/${fileName}`;
  const releasesFile = `prompts/${workflow}/releases.yaml`;
  const ref = { file: releasesFile, line: await keyLine(root, releasesFile, "fallback_template"), field: "fallback_template" };
  const source = await readRepoText(root, path, { ref }).catch((error: unknown) => {
    // Outside the repository or too large: that message, at releases.yaml; otherwise the file is missing.
    if (error instanceof RepoFileError) throw error;
    throw new InputError(`workflow ${workflow} has no fallback template`, { file: path, hint: "add the approved fallback template or fix fallback_template in releases.yaml" });
  });
  const registry = await loadPromptRegistry(root);
  const outputSchema = registry.resolve(`${workflow}@production`).outputSchema;
  return fallbackFields(path, compileFallback(path, source)(input), outputSchema);
}

export function compileFallback(path: string, source: string): (input: Record<string, unknown>) => string {
  try {
    const template = Handlebars.compile(source, { noEscape: true, strict: false });
    return (input) => template(input);
  } catch (error) {
    throw new InputError(`cannot compile the fallback template: ${String((error as Error).message).split("\n")[0]}`, { file: path });
  }
}

/** Splits rendered text into the output schema's fields. */
export function fallbackFields(path: string, text: string, outputSchema: object): Record<string, unknown> {
  const properties = (outputSchema as { properties?: Record<string, { type?: string }> }).properties ?? {};
  const fields: Record<string, unknown> = {};
  let current: string | null = null;
  const lines: Record<string, string[]> = {};
  for (const line of text.split("\n")) {
    const header = /^## ([a-z_][a-z0-9_]*)\s*$/.exec(line);
    if (header?.[1]) {
      current = header[1];
      lines[current] = [];
    } else if (current) {
      lines[current]?.push(line);
    }
  }
  for (const [field, fieldLines] of Object.entries(lines)) {
    if (!(field in properties)) {
      throw new InputError(`the fallback template fills "${field}", which the output schema does not have`, { file: path, field });
    }
    fields[field] = properties[field]?.type === "array"
      ? fieldLines.map((l) => l.trim()).filter((l) => l !== "")
      : fieldLines.join("\n").trim();
  }
  return fields;
}

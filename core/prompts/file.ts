/** Splits a .prompt file into its YAML frontmatter and Handlebars template, remembering line numbers. */
export interface PromptFileParts {
  frontmatter: string;
  /** Lines before the frontmatter's first line (the opening `---`). */
  frontmatterLineOffset: number;
  template: string;
  /** Lines before the template's first line. */
  templateLineOffset: number;
}

export function splitPromptFile(text: string): PromptFileParts | null {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (lines[0]?.trim() !== "---") return null;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  if (close < 0) return null;
  return {
    frontmatter: lines.slice(1, close).join("\n"),
    frontmatterLineOffset: 1,
    template: lines.slice(close + 1).join("\n"),
    templateLineOffset: close + 1,
  };
}

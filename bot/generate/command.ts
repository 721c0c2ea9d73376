/** `/copygate generate [campaign-dir…]` on the comment's first line; anything else is not for us. */
export interface GenerateCommand {
  /** As written; normalised (and checked) by the run. Empty: every campaign whose drafts are not current. */
  campaigns: string[];
}

const COMMAND = /^\/copygate\s+generate(?:\s+(.*))?$/;

export function parseGenerateCommand(body: string): GenerateCommand | null {
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const match = COMMAND.exec(firstLine);
  if (!match) return null;
  return { campaigns: (match[1] ?? "").split(/\s+/).filter(Boolean) };
}

/**
 * The repository's bot settings in `.github/copygate.yml`, read from the default branch only (so a
 * pull request cannot switch them on for itself):
 *
 *   generate:
 *     on_pull_request: true   # regenerate stale drafts on pull_request opened/synchronize (default false)
 */
import type { Context } from "probot";

export interface GenerateSettings {
  onPullRequest: boolean;
}

export const SETTINGS_FILE = ".github/copygate.yml";

export async function readGenerateSettings(context: Context): Promise<GenerateSettings> {
  const config = await context.config<{ generate?: { on_pull_request?: unknown } }>("copygate.yml", {});
  const value = config?.generate?.on_pull_request;
  if (value !== undefined && typeof value !== "boolean") {
    context.log.warn(`${SETTINGS_FILE}: generate.on_pull_request must be true or false, not ${JSON.stringify(value)}; treated as false`);
  }
  return { onPullRequest: value === true };
}

/**
 * An installation this App does not have (uninstalled since, or a delivery meant for another App)
 * is refused before any work is queued, with one log line.
 */
import type { Context } from "probot";
import { hasStatus } from "./api.ts";

export async function installationKnown(context: Context, log: (line: string) => void): Promise<boolean> {
  try {
    // The first call of an installation takes its token (404 when the App has no such installation).
    await context.octokit.rest.repos.get(context.repo());
    return true;
  } catch (error) {
    const id = (context.payload as { installation?: { id?: number } }).installation?.id;
    if (!hasStatus(error, 404) && !hasStatus(error, 401)) throw error;
    log(`copygate: refused delivery ${context.id} ${context.name}: installation ${id ?? "(none)"} is unknown to this App`);
    return false;
  }
}

/**
 * Who this Action comments as, so the sticky comment is only ever one we wrote. A personal or
 * user token answers GET /user; the workflow's GITHUB_TOKEN (an installation token) cannot, and
 * its comments are authored by the GitHub Actions app's bot (or the App's own bot for App tokens,
 * named with COPYGATE_BOT_LOGIN).
 */
import type { Octokit } from "./octokit.ts";
import { statusOf } from "./octokit.ts";

export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export async function ownLogin(octokit: Octokit, appBotLogin: string | undefined): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401 || status === 404) return appBotLogin || ACTIONS_BOT_LOGIN;
    throw error;
  }
}

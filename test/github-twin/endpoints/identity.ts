/**
 * Who the token is: GET /user and GET /app, and the installation token Probot asks for.
 * The login is configurable ("github-actions[bot]", "copygate[bot]") so the sticky comment's
 * author check can be exercised; a "[bot]" login holds an installation token, as on GitHub.
 */
import { HttpError, notFound } from "../http-error.ts";
import { nodeId, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";

const APP_PERMISSIONS = { checks: "write", contents: "write", issues: "write", pull_requests: "write", statuses: "write", deployments: "write", metadata: "read" };

/** App endpoints take the App's JWT (three dot-separated parts), never an installation token. */
function requireAppJwt(authorization: string | undefined): void {
  const token = /^bearer\s+(.+)$/i.exec(authorization ?? "")?.[1] ?? "";
  if (token.split(".").length !== 3) throw new HttpError(401, "A JSON web token could not be decoded");
}

/** The GitHub App behind the token (check runs show it as their `app`). */
export function integrationObject(twin: TwinContext): Record<string, unknown> {
  const slug = twin.identity.login.replace(/\[bot\]$/, "");
  return fill("integration", twin.fillContext(), {
    id: 3001, slug, node_id: nodeId("App", 3001), client_id: "Iv1.twin", name: slug, description: null,
    owner: simpleUser(twin, twin.state.user(twin.owner)), external_url: `${twin.baseUrl}/apps/${slug}`,
    html_url: `${twin.baseUrl}/apps/${slug}`, permissions: APP_PERMISSIONS,
    events: ["pull_request", "push", "issue_comment", "check_run"], installations_count: 1,
  });
}

export const identityHandlers: Record<string, Handler> = {
  "users/get-authenticated": async (_request, twin) => {
    // A bot's token is an installation token (GITHUB_TOKEN, an App's): GitHub refuses it here.
    if (twin.identity.type === "Bot") throw new HttpError(403, "Resource not accessible by integration");
    const user = simpleUser(twin, twin.identity);
    return json(200, fill("public-user", twin.fillContext(), {
      ...user, name: null, company: null, blog: null, location: null, email: null, hireable: null, bio: null,
      public_repos: 0, public_gists: 0, followers: 0, following: 0,
    }));
  },
  "apps/get-authenticated": async (request, twin) => {
    requireAppJwt(request.authorization);
    return json(200, integrationObject(twin));
  },
  "apps/create-installation-access-token": async (request, twin) => {
    requireAppJwt(request.authorization);
    // When a test names the App's installations, any other id is unknown, as on GitHub (404).
    if (twin.state.installations.size > 0 && !twin.state.installations.has(Number(request.params.installation_id))) throw notFound();
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    return json(201, fill("installation-token", twin.fillContext(), {
      token: `ghs_twin${request.params.installation_id}${twin.state.nextId()}`, expires_at: expires,
      permissions: APP_PERMISSIONS, repository_selection: "selected",
    }));
  },
};

/** GET /repos/{owner}/{repo}: the repository itself, with the permissions GitHub reports. */
import { repository } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler } from "../twin-context.ts";

export const repoHandlers: Record<string, Handler> = {
  "repos/get": async (_request, twin) => {
    const base = repository(twin);
    return json(200, fill("full-repository", twin.fillContext(), {
      ...base, network_count: 0, subscribers_count: 0,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    }));
  },
};

/** Commit statuses: create one, and the combined status of a ref (the latest per context). */
import { checkMaxLength, HttpError, notFound } from "../http-error.ts";
import { nodeId, repository, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import type { CommitStatusRecord } from "../state.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";

function statusFields(twin: TwinContext, status: CommitStatusRecord): Record<string, unknown> {
  return {
    id: status.id, node_id: nodeId("StatusContext", status.id), state: status.state, context: status.context,
    description: status.description, target_url: status.targetUrl, created_at: status.createdAt, updated_at: status.createdAt,
    url: `${twin.repoApiUrl}/statuses/${status.sha}`, avatar_url: `${twin.baseUrl}/avatars/u/${status.creator.id}`,
  };
}

/** The latest status of each context on a sha, newest first, as GitHub combines them. */
export function latestStatuses(twin: TwinContext, sha: string): CommitStatusRecord[] {
  const latest = new Map<string, CommitStatusRecord>();
  for (const status of twin.state.statuses) {
    if (status.sha !== sha) continue;
    latest.delete(status.context);
    latest.set(status.context, status);
  }
  return [...latest.values()].reverse();
}

function combinedState(statuses: CommitStatusRecord[]): string {
  if (statuses.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (statuses.length === 0 || statuses.some((s) => s.state === "pending")) return "pending";
  return "success";
}

export const statusHandlers: Record<string, Handler> = {
  "repos/create-commit-status": async (request, twin) => {
    const wanted = request.params.sha ?? "";
    const sha = await twin.git.resolveCommit(wanted);
    // GitHub takes a commit sha here, not a branch name.
    if (!sha || !sha.startsWith(wanted.toLowerCase())) throw new HttpError(422, `No commit found for SHA: ${wanted}`);
    const input = request.body as { state: CommitStatusRecord["state"]; context?: string; description?: string | null; target_url?: string | null };
    checkMaxLength("Status", "description", input.description, 140);
    const status: CommitStatusRecord = {
      id: twin.state.nextId(), sha, state: input.state, context: input.context ?? "default",
      description: input.description ?? null, targetUrl: input.target_url ?? null, creator: twin.identity, createdAt: twin.state.now(),
    };
    twin.state.statuses.push(status);
    return json(201, fill("status", twin.fillContext(status.createdAt), { ...statusFields(twin, status), creator: simpleUser(twin, status.creator) }));
  },

  "repos/get-combined-status-for-ref": async (request, twin) => {
    const sha = await twin.git.resolveCommit(request.params.ref ?? "");
    if (!sha) throw notFound();
    const statuses = latestStatuses(twin, sha);
    return json(200, fill("combined-commit-status", twin.fillContext(), {
      state: combinedState(statuses), sha, total_count: statuses.length,
      statuses: statuses.map((s) => fill("simple-commit-status", twin.fillContext(s.createdAt), statusFields(twin, s))),
      repository: fill("minimal-repository", twin.fillContext(), repository(twin)),
      commit_url: `${twin.repoApiUrl}/commits/${sha}`, url: `${twin.repoApiUrl}/commits/${sha}/status`,
    }));
  },
};

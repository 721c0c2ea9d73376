/**
 * Who may do what: a collaborator's permission on the repository, a user's membership of an
 * organisation team, and reactions on comments (how a bot acknowledges a slash command).
 * Tests set them with `twin.state.collaborators` and `twin.state.teamMembers`.
 */
import { nodeId, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import { notFound } from "../http-error.ts";
import { json, type Handler } from "../twin-context.ts";

const ROLE_NAMES: Record<string, string> = { admin: "admin", maintain: "maintain", write: "write", triage: "triage", read: "read", none: "none" };
/** GitHub's `permission` field keeps the legacy vocabulary: maintain → write, triage → read. */
const LEGACY: Record<string, string> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read", none: "none" };

export const permissionHandlers: Record<string, Handler> = {
  "repos/get-collaborator-permission-level": async (request, twin) => {
    const login = request.params.username ?? "";
    const role: string = twin.state.collaborators.get(login) ?? "none";
    if (role === "none" && !twin.state.knowsUser(login)) throw notFound();
    const user = twin.state.user(login);
    const collaborator = { ...simpleUser(twin, user), permissions: { pull: role !== "none", triage: ["triage", "write", "maintain", "admin"].includes(role), push: ["write", "maintain", "admin"].includes(role), maintain: ["maintain", "admin"].includes(role), admin: role === "admin" }, role_name: ROLE_NAMES[role] };
    return json(200, { permission: LEGACY[role], role_name: ROLE_NAMES[role], user: collaborator });
  },

  "teams/get-membership-for-user-in-org": async (request, twin) => {
    const { team_slug: team = "", username = "" } = request.params;
    const members = twin.state.teamMembers.get(team);
    if (!members || !members.has(username)) throw notFound();
    return json(200, {
      url: `${twin.baseUrl}/organizations/1/team/${encodeURIComponent(team)}/memberships/${encodeURIComponent(username)}`,
      role: "member", state: "active",
    });
  },

  "reactions/create-for-issue-comment": async (request, twin) => {
    const commentId = Number(request.params.comment_id);
    if (!twin.state.comments.some((c) => c.id === commentId) && !twin.state.externalCommentIds.has(commentId)) throw notFound();
    const content = (request.body as { content: string }).content;
    const existing = twin.state.reactions.find((r) => r.commentId === commentId && r.content === content && r.user.login === twin.identity.login);
    const reaction = existing ?? { id: twin.state.nextId(), commentId, content, user: twin.identity, createdAt: twin.state.now() };
    if (!existing) twin.state.reactions.push(reaction);
    return json(existing ? 200 : 201, fill("reaction", twin.fillContext(reaction.createdAt), {
      id: reaction.id, node_id: nodeId("Reaction", reaction.id), user: simpleUser(twin, reaction.user), content, created_at: reaction.createdAt,
    }));
  },
};

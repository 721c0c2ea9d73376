/** Issue (and pull request) comments: list with pages, create, get, update, delete. */
import { notFound } from "../http-error.ts";
import { paginate } from "../pagination.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { checkCommentBody, commentObject, findComment } from "./comment-objects.ts";

function requireIssue(twin: TwinContext, issueNumber: number): void {
  if (!twin.state.pullRequests.has(issueNumber)) throw notFound();
}

export const commentHandlers: Record<string, Handler> = {
  "issues/list-comments": async (request, twin) => {
    const issueNumber = Number(request.params.issue_number);
    requireIssue(twin, issueNumber);
    const all = twin.state.comments.filter((c) => c.issueNumber === issueNumber);
    const page = paginate(all, request.query, request.url);
    return json(200, page.items.map((c) => commentObject(twin, c)), page.headers);
  },

  "issues/create-comment": async (request, twin) => {
    const issueNumber = Number(request.params.issue_number);
    requireIssue(twin, issueNumber);
    const { body } = request.body as { body: string };
    checkCommentBody(body);
    const now = twin.state.now();
    const comment = { id: twin.state.nextId(), issueNumber, body, user: twin.identity, createdAt: now, updatedAt: now };
    twin.state.comments.push(comment);
    const created = commentObject(twin, comment);
    return json(201, created, { location: String(created.url) });
  },

  "issues/get-comment": async (request, twin) => json(200, commentObject(twin, findComment(twin, request.params.comment_id))),

  "issues/update-comment": async (request, twin) => {
    const comment = findComment(twin, request.params.comment_id);
    const { body } = request.body as { body: string };
    checkCommentBody(body);
    comment.body = body;
    comment.updatedAt = twin.state.now();
    return json(200, commentObject(twin, comment));
  },

  "issues/delete-comment": async (request, twin) => {
    const comment = findComment(twin, request.params.comment_id);
    twin.state.comments.splice(twin.state.comments.indexOf(comment), 1);
    return { status: 204 };
  },
};

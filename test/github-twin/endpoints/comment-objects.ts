/** Issue comment objects and the body limit GitHub enforces beyond its description. */
import { notFound, overLimit } from "../http-error.ts";
import { nodeId, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import type { CommentRecord } from "../state.ts";
import type { TwinContext } from "../twin-context.ts";

export const MAX_COMMENT_CHARACTERS = 65_536;

export function checkCommentBody(body: string): void {
  if ([...body].length <= MAX_COMMENT_CHARACTERS) return;
  throw overLimit("Validation Failed", [{
    resource: "IssueComment", code: "custom", field: "body",
    message: `body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`,
  }]);
}

export function findComment(twin: TwinContext, id: string | undefined): CommentRecord {
  const comment = twin.state.comments.find((c) => c.id === Number(id));
  if (!comment) throw notFound();
  return comment;
}

export function commentObject(twin: TwinContext, comment: CommentRecord): Record<string, unknown> {
  return fill("issue-comment", twin.fillContext(comment.createdAt), {
    id: comment.id, node_id: nodeId("IssueComment", comment.id), body: comment.body,
    user: simpleUser(twin, comment.user), created_at: comment.createdAt, updated_at: comment.updatedAt,
    url: `${twin.repoApiUrl}/issues/comments/${comment.id}`,
    html_url: `${twin.repoHtmlUrl}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${twin.repoApiUrl}/issues/${comment.issueNumber}`,
    author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    ...(comment.minimized ? { minimized: comment.minimized } : {}),
  });
}

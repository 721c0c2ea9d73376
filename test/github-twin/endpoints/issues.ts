/** GET an issue: every pull request is an issue too, and the bot reads comments' issues this way. */
import { label, nodeId, simpleUser } from "../objects.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler } from "../twin-context.ts";
import { findPull } from "./pull-objects.ts";

export const issueHandlers: Record<string, Handler> = {
  "issues/get": async (request, twin) => {
    const pr = findPull(twin, request.params.issue_number);
    const api = `${twin.repoApiUrl}/issues/${pr.number}`;
    const labels = (twin.state.issueLabels.get(pr.number) ?? [])
      .flatMap((name) => twin.state.labels.filter((l) => l.name === name))
      .map((record) => label(twin, record));
    return json(200, fill("issue", twin.fillContext(pr.createdAt), {
      id: 7000 + pr.number, node_id: nodeId("Issue", pr.number), number: pr.number, title: pr.title, body: pr.body,
      state: pr.state, user: simpleUser(twin, pr.user), labels, assignee: null, assignees: [], milestone: null, locked: false,
      comments: twin.state.comments.filter((c) => c.issueNumber === pr.number).length,
      created_at: pr.createdAt, updated_at: pr.createdAt, closed_at: pr.closedAt, author_association: "CONTRIBUTOR",
      url: api, html_url: `${twin.repoHtmlUrl}/pull/${pr.number}`, comments_url: `${api}/comments`, events_url: `${api}/events`,
      labels_url: `${api}/labels{/name}`, repository_url: twin.repoApiUrl,
      pull_request: {
        url: `${twin.repoApiUrl}/pulls/${pr.number}`, html_url: `${twin.repoHtmlUrl}/pull/${pr.number}`,
        diff_url: `${twin.repoHtmlUrl}/pull/${pr.number}.diff`, patch_url: `${twin.repoHtmlUrl}/pull/${pr.number}.patch`,
        merged_at: pr.merged ? pr.closedAt : null,
      },
    }));
  },
};

/** Pull request reviews (100 a page at most, chronological), as tests add them. */
import { nodeId, simpleUser } from "../objects.ts";
import { paginate } from "../pagination.ts";
import { fill } from "../schema-fill.ts";
import { json, type Handler } from "../twin-context.ts";
import { findPull } from "./pull-objects.ts";

export const reviewHandlers: Record<string, Handler> = {
  "pulls/list-reviews": async (request, twin) => {
    const pr = findPull(twin, request.params.pull_number);
    const page = paginate(twin.state.reviews.filter((r) => r.pr === pr.number), request.query, request.url);
    const reviews = page.items.map((review) => fill("pull-request-review", twin.fillContext(review.submittedAt), {
      id: review.id, node_id: nodeId("PullRequestReview", review.id), user: simpleUser(twin, review.user),
      body: review.body, state: review.state, commit_id: review.commitId, submitted_at: review.submittedAt,
      html_url: `${twin.repoHtmlUrl}/pull/${pr.number}#pullrequestreview-${review.id}`,
      pull_request_url: `${twin.repoApiUrl}/pulls/${pr.number}`, author_association: "MEMBER",
      _links: { html: { href: `${twin.repoHtmlUrl}/pull/${pr.number}#pullrequestreview-${review.id}` }, pull_request: { href: `${twin.repoApiUrl}/pulls/${pr.number}` } },
    }));
    return json(200, reviews, page.headers);
  },
};

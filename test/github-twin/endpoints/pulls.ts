/** Pull requests: get, list, changed files, commits, requested reviewers; and compare. */
import { notFound } from "../http-error.ts";
import { restCommit, simpleUser } from "../objects.ts";
import { paginate } from "../pagination.ts";
import { fill } from "../schema-fill.ts";
import type { ChangedFile } from "../git-store.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { findPull, pullObject, pullShas, teamObject } from "./pull-objects.ts";

async function diffEntry(twin: TwinContext, head: string, file: ChangedFile): Promise<Record<string, unknown>> {
  const blob = file.status === "removed" ? undefined : await twin.git.entryAt(head, file.filename);
  const sha = blob?.sha ?? "0".repeat(40);
  const path = encodeURI(file.filename);
  return fill("diff-entry", twin.fillContext(), {
    sha, filename: file.filename, status: file.status, additions: file.additions, deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${twin.repoHtmlUrl}/blob/${head}/${path}`, raw_url: `${twin.repoHtmlUrl}/raw/${head}/${path}`,
    contents_url: `${twin.repoApiUrl}/contents/${path}?ref=${head}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  });
}

export const pullHandlers: Record<string, Handler> = {
  "pulls/get": async (request, twin) => json(200, await pullObject(twin, findPull(twin, request.params.pull_number))),

  "pulls/list": async (request, twin) => {
    const wanted = request.query.get("state") ?? "open";
    const pulls = [...twin.state.pullRequests.values()].filter((pr) => wanted === "all" || pr.state === wanted);
    const page = paginate(pulls, request.query, request.url);
    return json(200, await Promise.all(page.items.map((pr) => pullObject(twin, pr, true))), page.headers);
  },

  "pulls/list-files": async (request, twin) => {
    const shas = await pullShas(twin, findPull(twin, request.params.pull_number));
    const files = await twin.git.changedFiles(shas.mergeBase, shas.head);
    const page = paginate(files, request.query, request.url);
    return json(200, await Promise.all(page.items.map((f) => diffEntry(twin, shas.head, f))), page.headers);
  },

  "pulls/list-commits": async (request, twin) => {
    const shas = await pullShas(twin, findPull(twin, request.params.pull_number));
    const page = paginate(await twin.git.commitsBetween(shas.mergeBase, shas.head), request.query, request.url);
    const commits = await Promise.all(page.items.map(async (sha) => restCommit(twin, await twin.git.readCommit(sha))));
    return json(200, commits, page.headers);
  },

  "pulls/request-reviewers": async (request, twin) => {
    const pr = findPull(twin, request.params.pull_number);
    const input = request.body as { reviewers?: string[]; team_reviewers?: string[] };
    for (const login of input.reviewers ?? []) if (!pr.requestedReviewers.includes(login)) pr.requestedReviewers.push(login);
    for (const slug of input.team_reviewers ?? []) if (!pr.requestedTeams.includes(slug)) pr.requestedTeams.push(slug);
    return json(201, await pullObject(twin, pr, true));
  },

  "pulls/list-requested-reviewers": async (request, twin) => {
    const pr = findPull(twin, request.params.pull_number);
    return json(200, {
      users: pr.requestedReviewers.map((login) => simpleUser(twin, twin.state.user(login))),
      teams: pr.requestedTeams.map((slug) => teamObject(twin, slug)),
    });
  },

  "repos/compare-commits": async (request, twin) => {
    const { base: baseName = "", head: headName = "" } = splitBasehead(request.params);
    const base = await twin.git.resolveCommit(baseName);
    const head = await twin.git.resolveCommit(headName);
    if (!base || !head) throw notFound();
    const mergeBase = (await twin.git.mergeBase(base, head)) ?? base;
    const ahead = await twin.git.commitsBetween(mergeBase, head);
    const behind = await twin.git.commitsBetween(mergeBase, base);
    const status = ahead.length && behind.length ? "diverged" : ahead.length ? "ahead" : behind.length ? "behind" : "identical";
    // Paged: commits per page and files (at most 300) on the first page only; unpaged: the last 250 commits.
    const paged = request.query.has("per_page") || request.query.has("page");
    const page = paged ? paginate(ahead, request.query, request.url) : { items: ahead.slice(-250), headers: {} };
    const firstPage = !paged || Number(request.query.get("page") ?? 1) <= 1;
    const files = firstPage ? (await twin.git.changedFiles(mergeBase, head)).slice(0, 300) : undefined;
    const url = `${twin.repoHtmlUrl}/compare/${baseName}...${headName}`;
    return json(200, fill("commit-comparison", twin.fillContext(), {
      url: `${twin.repoApiUrl}/compare/${baseName}...${headName}`, html_url: url, permalink_url: url,
      diff_url: `${url}.diff`, patch_url: `${url}.patch`, status, ahead_by: ahead.length, behind_by: behind.length,
      total_commits: ahead.length,
      base_commit: restCommit(twin, await twin.git.readCommit(base)),
      merge_base_commit: restCommit(twin, await twin.git.readCommit(mergeBase)),
      commits: await Promise.all(page.items.map(async (sha) => restCommit(twin, await twin.git.readCommit(sha)))),
      ...(files ? { files: await Promise.all(files.map((f) => diffEntry(twin, head, f))) } : {}),
    }), page.headers);
  },
};

/** The description names {base}...{head}; Octokit's compareCommitsWithBasehead sends {basehead}. */
function splitBasehead(params: Record<string, string>): { base?: string; head?: string } {
  if (params.base !== undefined) return { base: params.base, head: params.head };
  const [base, head] = (params.basehead ?? "").split("...");
  return { base, head };
}

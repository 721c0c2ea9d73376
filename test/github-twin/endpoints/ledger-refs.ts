/**
 * What a ledger kept in git refs needs beyond get/create/update: listing the refs under a prefix
 * (git/list-matching-refs) and finding the pull request that merged a commit
 * (repos/list-pull-requests-associated-with-commit).
 */
import { json, type Handler } from "../twin-context.ts";
import { refObject } from "./git-objects.ts";
import { pullObject } from "./pull-objects.ts";

export const ledgerRefHandlers: Record<string, Handler> = {
  "git/list-matching-refs": async (request, twin) => {
    // GitHub matches by name prefix: "heads/feat" lists refs/heads/feat and refs/heads/feature-x.
    const prefix = `refs/${request.params.ref}`;
    const parent = prefix.slice(0, prefix.lastIndexOf("/") + 1);
    const refs = (await twin.git.refsUnder(parent)).filter((r) => r.ref.startsWith(prefix));
    return json(200, await Promise.all(refs.map((r) => refObject(twin, r.ref, r.sha))));
  },

  "repos/list-pull-requests-associated-with-commit": async (request, twin) => {
    const sha = request.params.commit_sha ?? "";
    const merged = [...twin.state.pullRequests.values()].filter((pr) => pr.mergeCommitSha === sha || pr.mergedShas?.head === sha);
    return json(200, await Promise.all(merged.map((pr) => pullObject(twin, pr, true))));
  },
};

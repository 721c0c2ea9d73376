/**
 * The publish ledger as git refs in the repository: `refs/copygate/published/<campaign>/<hash12>`
 * points at a chain of ledger commits (tree = the merged tree, message = the record). Creating the
 * ref is the atomic claim (GitHub answers 422 when it exists); each later record is a fast-forward
 * update, which GitHub refuses when another writer moved the ref first.
 */
import { decodeRecord, encodeRecord, ledgerRefName, type Ledger, type LedgerEntry, type LedgerRecord } from "../../core/publish/ledger.ts";
import { hasStatus, type GitHubApi, type RepoRef } from "./api.ts";

export function githubLedger(octokit: GitHubApi, repo: RepoRef): Ledger {
  const trees = new Map<string, string>();
  const treeOf = async (commit: string) => {
    const known = trees.get(commit);
    if (known) return known;
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commit });
    trees.set(commit, data.tree.sha);
    return data.tree.sha;
  };
  const entryAt = async (sha: string): Promise<LedgerEntry | null> => {
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
    const record = decodeRecord(data.message);
    return record ? { head: sha, record } : null;
  };
  const write = async (record: LedgerRecord, parents: string[]) => {
    const { data } = await octokit.rest.git.createCommit({ ...repo, message: encodeRecord(record), tree: await treeOf(record.merge_commit), parents: [...new Set(parents)] });
    return data.sha;
  };
  return {
    async read(campaign, hash) {
      try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: ledgerRefName(campaign, hash) });
        return entryAt(data.object.sha);
      } catch (error) {
        if (hasStatus(error, 404)) return null;
        throw error;
      }
    },
    async list(campaign) {
      const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `copygate/published/${campaign}/` });
      const entries = await Promise.all(data.map((ref) => entryAt(ref.object.sha)));
      return entries.filter((e): e is LedgerEntry => e !== null);
    },
    async claim(record) {
      const sha = await write(record, [record.merge_commit]);
      try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/${ledgerRefName(record.campaign, record.content_hash)}`, sha });
        return { head: sha, record };
      } catch (error) {
        if (hasStatus(error, 422)) return null;
        throw error;
      }
    },
    async append(expectedHead, record) {
      const sha = await write(record, [expectedHead, record.merge_commit]);
      try {
        await octokit.rest.git.updateRef({ ...repo, ref: ledgerRefName(record.campaign, record.content_hash), sha, force: false });
        return { head: sha, record };
      } catch (error) {
        if (hasStatus(error, 422)) return null;
        throw error;
      }
    },
  };
}

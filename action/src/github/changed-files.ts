/** The files a pull request (or a dispatched comparison) changes, through every page. */
import type { ChangedFile } from "../../../core/report/index.ts";
import type { GateEvent } from "../lib/event.ts";
import type { Octokit, RepoRef } from "./octokit.ts";

export async function listChangedFiles(octokit: Octokit, repo: RepoRef, event: GateEvent): Promise<ChangedFile[]> {
  if (event.pullRequest !== null) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: event.pullRequest, per_page: 100 });
    return files.map(toChangedFile);
  }
  // The compare endpoint pages its `files` list; read pages until one comes back short.
  const files: ChangedFile[] = [];
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${event.baseSha}...${event.headSha}`, per_page: 100, page });
    const batch = data.files ?? [];
    files.push(...batch.map(toChangedFile));
    if (batch.length < 100) return files;
  }
}

function toChangedFile(file: { filename: string; status: string; previous_filename?: string }): ChangedFile {
  return { filename: file.filename, status: file.status, ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}) };
}

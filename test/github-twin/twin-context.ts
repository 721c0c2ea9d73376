/** What every endpoint handler receives: the request, the state, the git store and URL builders. */
import type { GitStore } from "./git-store.ts";
import type { FillContext } from "./schema-fill.ts";
import type { TwinState, TwinUser } from "./state.ts";

export interface TwinRequest {
  operationId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  url: URL;
  /** The Authorization header as sent ("token ghs_…", "bearer <jwt>"). */
  authorization?: string;
}

export interface TwinResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TwinContext {
  state: TwinState;
  git: GitStore;
  owner: string;
  repo: string;
  defaultBranch: string;
  baseUrl: string;
  /** The user the token belongs to (comments and check runs are authored as it). */
  identity: TwinUser;
  /** https://<twin>/repos/{owner}/{repo} */
  repoApiUrl: string;
  /** https://<twin>/{owner}/{repo}, where github.com pages would be. */
  repoHtmlUrl: string;
  fillContext(at?: string): FillContext;
}

export type Handler = (request: TwinRequest, twin: TwinContext) => Promise<TwinResponse>;

export const json = (status: number, body: unknown, headers?: Record<string, string>): TwinResponse =>
  ({ status, body, ...(headers ? { headers } : {}) });

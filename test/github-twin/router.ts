/**
 * Maps each operation of the description to the twin's handler, and applies what GitHub checks
 * before any handler runs: the repository exists, and the token may write.
 */
import { checkHandlers } from "./endpoints/checks.ts";
import { commentHandlers } from "./endpoints/comments.ts";
import { contentHandlers } from "./endpoints/contents.ts";
import { deploymentHandlers } from "./endpoints/deployments.ts";
import { gitDataHandlers } from "./endpoints/git-data.ts";
import { identityHandlers } from "./endpoints/identity.ts";
import { issueHandlers } from "./endpoints/issues.ts";
import { labelHandlers } from "./endpoints/labels.ts";
import { ledgerRefHandlers } from "./endpoints/ledger-refs.ts";
import { permissionHandlers } from "./endpoints/permissions.ts";
import { pullHandlers } from "./endpoints/pulls.ts";
import { repoHandlers } from "./endpoints/repos.ts";
import { reviewHandlers } from "./endpoints/reviews.ts";
import { statusHandlers } from "./endpoints/statuses.ts";
import { HttpError, notFound } from "./http-error.ts";
import type { Handler, TwinContext, TwinRequest, TwinResponse } from "./twin-context.ts";

const handlers: Record<string, Handler> = {
  ...repoHandlers, ...pullHandlers, ...commentHandlers, ...reviewHandlers, ...labelHandlers, ...checkHandlers,
  ...statusHandlers, ...deploymentHandlers, ...gitDataHandlers, ...contentHandlers, ...identityHandlers, ...issueHandlers,
  ...permissionHandlers,
  ...ledgerRefHandlers,
};

export type TokenPermission = "read" | "write";

export function hasHandler(operationId: string): boolean {
  return operationId in handlers;
}

export function servedOperationIds(): string[] {
  return Object.keys(handlers).sort();
}

export async function route(
  request: TwinRequest & { method: string },
  twin: TwinContext,
  permission: TokenPermission,
): Promise<TwinResponse> {
  const { owner, repo } = request.params;
  if (owner !== undefined && repo !== undefined && (owner !== twin.owner || repo !== twin.repo)) throw notFound();
  const isRepoWrite = request.method !== "GET" && request.method !== "HEAD" && request.url.pathname.startsWith("/repos/");
  if (isRepoWrite && !request.authorization) throw new HttpError(401, "Requires authentication");
  if (isRepoWrite && permission === "read") throw new HttpError(403, "Resource not accessible by integration");
  const handler = handlers[request.operationId] as Handler;
  return handler(request, twin);
}

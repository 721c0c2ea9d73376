/**
 * Deployments and their statuses. Creating one resolves the ref in git (422 when it names nothing)
 * and, like GitHub, refuses (409) when a required status context is not successful.
 */
import { checkMaxLength, HttpError, notFound } from "../http-error.ts";
import { nodeId, simpleUser } from "../objects.ts";
import { paginate } from "../pagination.ts";
import { fill } from "../schema-fill.ts";
import type { DeploymentRecord, DeploymentStatusRecord } from "../state.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { latestStatuses } from "./statuses.ts";

interface DeploymentInput {
  ref: string;
  task?: string;
  environment?: string;
  payload?: Record<string, unknown> | string;
  description?: string | null;
  required_contexts?: string[];
  production_environment?: boolean;
  transient_environment?: boolean;
}

function deploymentObject(twin: TwinContext, d: DeploymentRecord): Record<string, unknown> {
  const url = `${twin.repoApiUrl}/deployments/${d.id}`;
  return fill("deployment", twin.fillContext(d.createdAt), {
    id: d.id, node_id: nodeId("Deployment", d.id), sha: d.sha, ref: d.ref, task: d.task, environment: d.environment,
    original_environment: d.environment, payload: d.payload, description: d.description, creator: simpleUser(twin, d.creator),
    created_at: d.createdAt, updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt, statuses_url: `${url}/statuses`,
    repository_url: twin.repoApiUrl, url, production_environment: d.productionEnvironment, transient_environment: d.transientEnvironment,
  });
}

function deploymentStatusObject(twin: TwinContext, d: DeploymentRecord, s: DeploymentStatusRecord): Record<string, unknown> {
  const deploymentUrl = `${twin.repoApiUrl}/deployments/${d.id}`;
  return fill("deployment-status", twin.fillContext(s.createdAt), {
    id: s.id, node_id: nodeId("DeploymentStatus", s.id), state: s.state, creator: simpleUser(twin, s.creator),
    // GitHub sends "" for unset URLs, which its own description (format: uri) forbids: the twin stays schema-valid.
    description: s.description, environment: s.environment, target_url: s.logUrl || `${twin.repoHtmlUrl}/deployments`,
    ...(s.logUrl ? { log_url: s.logUrl } : {}), ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    deployment_url: deploymentUrl, repository_url: twin.repoApiUrl,
    url: `${deploymentUrl}/statuses/${s.id}`, created_at: s.createdAt, updated_at: s.createdAt,
  });
}

function findDeployment(twin: TwinContext, id: string | undefined): DeploymentRecord {
  const found = twin.state.deployments.find((d) => d.id === Number(id));
  if (!found) throw notFound();
  return found;
}

async function checkRequiredContexts(twin: TwinContext, sha: string, required: string[] | undefined): Promise<void> {
  const latest = latestStatuses(twin, sha);
  const contexts = required ?? latest.map((s) => s.context);
  const failing = contexts.filter((context) => latest.find((s) => s.context === context)?.state !== "success");
  if (failing.length > 0) throw new HttpError(409, `Conflict: Commit status checks failed for ${sha}.`);
}

export const deploymentHandlers: Record<string, Handler> = {
  "repos/create-deployment": async (request, twin) => {
    const input = request.body as DeploymentInput;
    const sha = await twin.git.resolveCommit(input.ref);
    if (!sha) throw new HttpError(422, `No ref found for: ${input.ref}`);
    await checkRequiredContexts(twin, sha, input.required_contexts);
    const deployment: DeploymentRecord = {
      id: twin.state.nextId(), sha, ref: input.ref, task: input.task ?? "deploy", environment: input.environment ?? "production",
      payload: input.payload ?? {}, description: input.description ?? "", creator: twin.identity, createdAt: twin.state.now(),
      productionEnvironment: input.production_environment ?? (input.environment ?? "production") === "production",
      transientEnvironment: input.transient_environment ?? false, statuses: [],
    };
    twin.state.deployments.push(deployment);
    return json(201, deploymentObject(twin, deployment));
  },

  "repos/list-deployments": async (request, twin) => {
    const q = request.query;
    const matches = twin.state.deployments
      .filter((d) => (!q.get("sha") || d.sha === q.get("sha")) && (!q.get("ref") || d.ref === q.get("ref")))
      .filter((d) => (!q.get("environment") || d.environment === q.get("environment")) && (!q.get("task") || d.task === q.get("task")))
      .reverse();
    const page = paginate(matches, q, request.url);
    return json(200, page.items.map((d) => deploymentObject(twin, d)), page.headers);
  },

  "repos/create-deployment-status": async (request, twin) => {
    const deployment = findDeployment(twin, request.params.deployment_id);
    const input = request.body as { state: string; description?: string; environment?: string; environment_url?: string; log_url?: string; target_url?: string };
    checkMaxLength("DeploymentStatus", "description", input.description, 140);
    const status: DeploymentStatusRecord = {
      id: twin.state.nextId(), state: input.state, description: input.description ?? "",
      environment: input.environment ?? deployment.environment, environmentUrl: input.environment_url ?? "",
      logUrl: input.log_url ?? input.target_url ?? "", creator: twin.identity, createdAt: twin.state.now(),
    };
    deployment.statuses.push(status);
    return json(201, deploymentStatusObject(twin, deployment, status));
  },

  "repos/list-deployment-statuses": async (request, twin) => {
    const deployment = findDeployment(twin, request.params.deployment_id);
    const page = paginate([...deployment.statuses].reverse(), request.query, request.url);
    return json(200, page.items.map((s) => deploymentStatusObject(twin, deployment, s)), page.headers);
  },
};

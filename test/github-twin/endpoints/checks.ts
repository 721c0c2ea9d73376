/**
 * Check runs: create, update (annotations append, 50 per request at most), get, list for a ref,
 * list annotations. The head sha must be a commit of the repository.
 */
import { HttpError, notFound, overLimit } from "../http-error.ts";
import { nodeId } from "../objects.ts";
import { paginate } from "../pagination.ts";
import { fill } from "../schema-fill.ts";
import type { AnnotationRecord, CheckRunRecord } from "../state.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";
import { integrationObject } from "./identity.ts";

export const MAX_ANNOTATIONS_PER_REQUEST = 50;

interface CheckRunInput {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationRecord[] };
}

function applyInput(twin: TwinContext, run: CheckRunRecord, input: CheckRunInput): void {
  const annotations = input.output?.annotations ?? [];
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw overLimit("Validation Failed", [{ resource: "CheckRun", code: "custom", field: "output.annotations",
      message: `annotations are limited to ${MAX_ANNOTATIONS_PER_REQUEST} per request (got ${annotations.length})` }]);
  }
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  if (input.status !== undefined) run.status = input.status;
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = input.completed_at ?? run.completedAt ?? twin.state.now();
  if (input.output) {
    run.output.title = input.output.title ?? run.output.title;
    run.output.summary = input.output.summary ?? run.output.summary;
    run.output.text = input.output.text ?? run.output.text;
    run.output.annotations.push(...annotations);
  }
}

function checkRunObject(twin: TwinContext, run: CheckRunRecord): Record<string, unknown> {
  const url = `${twin.repoApiUrl}/check-runs/${run.id}`;
  return fill("check-run", twin.fillContext(run.startedAt), {
    id: run.id, node_id: nodeId("CheckRun", run.id), head_sha: run.headSha, name: run.name, url,
    html_url: `${twin.repoHtmlUrl}/runs/${run.id}`, details_url: run.detailsUrl, status: run.status,
    conclusion: run.conclusion, started_at: run.startedAt, completed_at: run.completedAt, external_id: run.externalId,
    check_suite: { id: 8001 }, app: integrationObject(twin), pull_requests: [],
    output: { title: run.output.title, summary: run.output.summary, text: run.output.text,
      annotations_count: run.output.annotations.length, annotations_url: `${url}/annotations` },
  });
}

function findRun(twin: TwinContext, id: string | undefined): CheckRunRecord {
  const run = twin.state.checkRuns.find((r) => r.id === Number(id));
  if (!run) throw notFound();
  return run;
}

export const checkHandlers: Record<string, Handler> = {
  "checks/create": async (request, twin) => {
    const input = request.body as CheckRunInput & { name: string; head_sha: string };
    const headSha = await twin.git.resolveCommit(input.head_sha);
    if (!headSha || !headSha.startsWith(input.head_sha)) throw new HttpError(422, `No commit found for SHA: ${input.head_sha}`);
    const run: CheckRunRecord = {
      id: twin.state.nextId(), name: input.name, headSha, status: "queued", conclusion: null, startedAt: twin.state.now(),
      completedAt: null, detailsUrl: null, externalId: null, output: { title: null, summary: null, text: null, annotations: [] },
    };
    applyInput(twin, run, input);
    twin.state.checkRuns.push(run);
    return json(201, checkRunObject(twin, run));
  },

  "checks/update": async (request, twin) => {
    const run = findRun(twin, request.params.check_run_id);
    applyInput(twin, run, request.body as CheckRunInput);
    return json(200, checkRunObject(twin, run));
  },

  "checks/get": async (request, twin) => json(200, checkRunObject(twin, findRun(twin, request.params.check_run_id))),

  "checks/list-for-ref": async (request, twin) => {
    const sha = await twin.git.resolveCommit(request.params.ref ?? "");
    if (!sha) throw notFound();
    const name = request.query.get("check_name");
    const runs = twin.state.checkRuns.filter((r) => r.headSha === sha && (!name || r.name === name));
    const page = paginate(runs, request.query, request.url);
    return json(200, { total_count: runs.length, check_runs: page.items.map((r) => checkRunObject(twin, r)) }, page.headers);
  },

  "checks/list-annotations": async (request, twin) => {
    const run = findRun(twin, request.params.check_run_id);
    const page = paginate(run.output.annotations, request.query, request.url);
    const blob = `${twin.repoHtmlUrl}/blob/${run.headSha}`;
    return json(200, page.items.map((a) => ({
      path: a.path, start_line: a.start_line, end_line: a.end_line, start_column: a.start_column ?? null,
      end_column: a.end_column ?? null, annotation_level: a.annotation_level, title: a.title ?? null, message: a.message,
      raw_details: a.raw_details ?? null, blob_href: `${blob}/${a.path}`,
    })), page.headers);
  },
};

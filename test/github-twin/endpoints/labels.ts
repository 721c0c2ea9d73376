/** Labels: create on the repository, add to / list on / remove from an issue or pull request. */
import { HttpError, notFound, validationFailed } from "../http-error.ts";
import { label } from "../objects.ts";
import { paginate } from "../pagination.ts";
import type { LabelRecord } from "../state.ts";
import { json, type Handler, type TwinContext } from "../twin-context.ts";

function ensureLabel(twin: TwinContext, name: string, color = "ededed", description: string | null = null): LabelRecord {
  const known = twin.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (known) return known;
  const created = { id: twin.state.nextId(), name, color, description };
  twin.state.labels.push(created);
  return created;
}

/** addLabels accepts ["a"], {labels: ["a"]} or {labels: [{name: "a"}]}. */
function requestedNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { labels?: unknown[] }).labels ?? []);
  return list.map((item) => (typeof item === "string" ? item : String((item as { name: string }).name)));
}

function labelsOn(twin: TwinContext, issueNumber: number): LabelRecord[] {
  return (twin.state.issueLabels.get(issueNumber) ?? []).map((name) => ensureLabel(twin, name));
}

function issueNumberOf(twin: TwinContext, raw: string | undefined): number {
  const issueNumber = Number(raw);
  if (!twin.state.pullRequests.has(issueNumber)) throw notFound();
  return issueNumber;
}

export const labelHandlers: Record<string, Handler> = {
  "issues/create-label": async (request, twin) => {
    const input = request.body as { name: string; color?: string; description?: string };
    if (twin.state.labels.some((l) => l.name.toLowerCase() === input.name.toLowerCase())) {
      throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
    }
    return json(201, label(twin, ensureLabel(twin, input.name, input.color?.replace(/^#/, ""), input.description ?? null)));
  },

  "issues/list-labels-for-repo": async (request, twin) => {
    const page = paginate(twin.state.labels, request.query, request.url);
    return json(200, page.items.map((l) => label(twin, l)), page.headers);
  },

  "issues/add-labels": async (request, twin) => {
    const issueNumber = issueNumberOf(twin, request.params.issue_number);
    const names = twin.state.issueLabels.get(issueNumber) ?? [];
    for (const name of requestedNames(request.body)) {
      const record = ensureLabel(twin, name);
      if (!names.includes(record.name)) names.push(record.name);
    }
    twin.state.issueLabels.set(issueNumber, names);
    return json(200, labelsOn(twin, issueNumber).map((l) => label(twin, l)));
  },

  "issues/list-labels-on-issue": async (request, twin) => {
    const issueNumber = issueNumberOf(twin, request.params.issue_number);
    const page = paginate(labelsOn(twin, issueNumber), request.query, request.url);
    return json(200, page.items.map((l) => label(twin, l)), page.headers);
  },

  "issues/remove-label": async (request, twin) => {
    const issueNumber = issueNumberOf(twin, request.params.issue_number);
    const names = twin.state.issueLabels.get(issueNumber) ?? [];
    const index = names.findIndex((n) => n.toLowerCase() === (request.params.name ?? "").toLowerCase());
    if (index < 0) throw new HttpError(404, "Label does not exist");
    names.splice(index, 1);
    return json(200, labelsOn(twin, issueNumber).map((l) => label(twin, l)));
  },
};

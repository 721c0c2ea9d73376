/**
 * What the triggering event means for the gate: which commits to compare, which pull request to
 * report on, and whether its code may be trusted with secrets and model calls.
 */
import { InputError } from "../../../core/errors.ts";

export interface GateEvent {
  name: "pull_request" | "pull_request_target" | "workflow_dispatch";
  pullRequest: number | null;
  baseSha: string;
  /** The base branch's name ("main"), for "already failing on main". */
  baseRef: string;
  headSha: string;
  /** The pull request's author, who cannot be asked to review it. */
  author: string | null;
  /** The head lives in a fork: read-only token, no secrets. */
  fromFork: boolean;
}

interface PullRequestPayload {
  number: number;
  user?: { login?: string };
  base: { sha: string; ref?: string; repo?: { full_name?: string } };
  head: { sha: string; repo?: { full_name?: string; fork?: boolean } | null };
}

export function readGateEvent(eventName: string, payload: Record<string, unknown>, headShaFromEnv: string | undefined): GateEvent {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (!pr?.base?.sha || !pr.head?.sha) throw new InputError(`the ${eventName} event has no pull_request base and head`, { hint: "run copygate on pull_request events" });
    const headRepo = pr.head.repo;
    const fromFork = !headRepo || headRepo.fork === true || headRepo.full_name !== pr.base.repo?.full_name;
    return { name: eventName, pullRequest: pr.number, baseSha: pr.base.sha, baseRef: pr.base.ref ?? "the base branch", headSha: pr.head.sha, author: pr.user?.login ?? null, fromFork };
  }
  if (eventName === "workflow_dispatch") {
    const inputs = (payload.inputs ?? {}) as Record<string, unknown>;
    const base = typeof inputs.base === "string" && inputs.base ? inputs.base : "";
    if (!base || !headShaFromEnv) {
      throw new InputError("workflow_dispatch needs a base ref to compare against", { field: "inputs.base", hint: "add a `base` input to the workflow_dispatch trigger (e.g. main)" });
    }
    return { name: eventName, pullRequest: null, baseSha: base, baseRef: base, headSha: headShaFromEnv, author: null, fromFork: false };
  }
  throw new InputError(`copygate does not run on "${eventName}" events`, { hint: "trigger it on pull_request (or workflow_dispatch with a base ref)" });
}

/** Why model calls must not run for this event, or null when they may. */
export function modelCallRefusal(event: GateEvent): string | null {
  if (event.name === "pull_request_target") {
    return "Model calls refused: under pull_request_target the job holds the base repository's secrets, so copygate does not run the pull request's prompts with them. Use pull_request instead.";
  }
  if (event.fromFork) {
    return "Model calls skipped: this pull request comes from a fork, whose token is read-only and has no secrets. Validation and file-source freshness still ran; a maintainer can run the eval suite.";
  }
  return null;
}

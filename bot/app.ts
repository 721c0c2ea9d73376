/**
 * The copygate Probot app: publish on merge (push / pull_request.closed), `/copygate schedule`,
 * and whatever further handlers the caller registers (e.g. `/copygate generate`).
 */
import type { ApplicationFunction, Probot } from "probot";
import { registerPublishHandlers } from "./handlers/publish.ts";
import { registerScheduleCommand } from "./handlers/schedule.ts";
import { createWorkQueue } from "./queue.ts";
import type { BotSettings } from "./reconcile-job.ts";

/** The webhook events (and actions) the app handles; everything else is answered 204. */
export const HANDLED_EVENTS: Record<string, string[] | "any"> = {
  push: "any",
  pull_request: ["closed"],
  issue_comment: ["created"],
};

export interface CopygateAppOptions extends Partial<BotSettings> {
  /** Further registrations (the lead wires `/copygate generate` here), each given the Probot app. */
  extraHandlers?: Array<(app: Probot) => void>;
  /** Events (and actions) those handlers need beyond HANDLED_EVENTS, so the server does not answer them 204. */
  extraEvents?: Record<string, string[]>;
  /**
   * true (server): answer the webhook at once and work after; false (an Actions job): the job's
   * process ends with the handler, so the handler waits for the work.
   */
  background?: boolean;
}

/** Hands work to the queue; resolves at once on a server, when the work is done in an Actions job. */
export type Submit = (key: string, work: () => Promise<void>) => Promise<void>;

export interface CopygateApp {
  appFn: ApplicationFunction;
  /** Resolves when all work started by deliveries so far is done. */
  idle(): Promise<void>;
}

const DEFAULT_LEASE_SECONDS = 300;

export function botSettingsFrom(options: CopygateAppOptions, env: Record<string, string | undefined>): BotSettings {
  const lease = Number(env.COPYGATE_CLAIM_LEASE_SECONDS ?? DEFAULT_LEASE_SECONDS);
  return {
    dataDir: options.dataDir ?? env.COPYGATE_DATA_DIR ?? process.cwd(),
    env: options.env ?? env,
    leaseMs: options.leaseMs ?? (Number.isFinite(lease) && lease >= 0 ? lease * 1000 : DEFAULT_LEASE_SECONDS * 1000),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    ...(options.checkClock ? { checkClock: options.checkClock } : env.COPYGATE_NOW ? { checkClock: new Date(env.COPYGATE_NOW) } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
  };
}

export function createCopygateApp(options: CopygateAppOptions = {}): CopygateApp {
  const settings = botSettingsFrom(options, process.env);
  const background = options.background ?? true;
  const queue = createWorkQueue((key, error) => settings.log(`copygate: ${key}: reconcile failed: ${error instanceof Error ? error.message : String(error)}`));
  // In an Actions job the process ends with the handler, so the handler waits for its work.
  const submit: Submit = (key, work) => {
    const done = queue.enqueue(key, work);
    return background ? Promise.resolve() : done;
  };
  const appFn: ApplicationFunction = (app) => {
    registerPublishHandlers(app, submit, settings);
    registerScheduleCommand(app, submit, settings);
    for (const register of options.extraHandlers ?? []) register(app);
  };
  return { appFn, idle: () => queue.idle() };
}

/** HANDLED_EVENTS plus the events extra handlers declared. */
export function handledEvents(options: Pick<CopygateAppOptions, "extraEvents">): Record<string, string[] | "any"> {
  const events: Record<string, string[] | "any"> = { ...HANDLED_EVENTS };
  for (const [event, actions] of Object.entries(options.extraEvents ?? {})) {
    const known = events[event];
    events[event] = known === "any" ? "any" : [...new Set([...(known ?? []), ...actions])];
  }
  return events;
}

/**
 * `copygate publish --reconcile --dry-run`: the real reconcile with every write replaced by a line
 * saying what it would be. The ledger and the targets are read (find), never written.
 */
import type { Ledger } from "../core/publish/ledger.ts";
import type { Recorder } from "../core/publish/publish-step.ts";
import { findTarget } from "../core/publish/targets/index.ts";
import type { PublishTarget } from "../core/publish/targets/types.ts";
import type { TraceRecord } from "../core/model/index.ts";

export function dryRunPorts(ledger: Ledger, log: (line: string) => void) {
  const readOnly: Ledger = {
    read: (campaign, hash) => ledger.read(campaign, hash),
    list: (campaign) => ledger.list(campaign),
    claim: async (record) => {
      log(`dry run: would claim the ledger entry ${record.ledger_key}`);
      return { head: "dry-run", record };
    },
    append: async (_head, record) => {
      log(`dry run: would record ${record.ledger_key} as ${record.state}`);
      return { head: "dry-run", record };
    },
  };
  const recorder: Recorder = {
    deployment: async ({ campaign, ledgerKey, mergeCommit }) => {
      log(`dry run: would create a deployment in copygate/${campaign} for ${ledgerKey} at ${mergeCommit.slice(0, 7)}`);
      return 0;
    },
    deploymentStatus: async (id, state, description) => {
      if (id !== 0) log(`dry run: would mark deployment ${id} ${state}: ${description}`);
    },
    commitStatus: async (sha, campaign, state, description) => log(`dry run: would set copygate/publish: ${campaign} ${state} on ${sha.slice(0, 7)}: ${description}`),
    commentOnce: async (pr, _marker, body) => log(`dry run: would comment on #${pr}: ${body.split("\n")[1] ?? body}`),
  };
  const dryTarget = (target: PublishTarget): PublishTarget => ({
    name: target.name,
    find: (request, environment) => target.find(request, environment),
    publish: async (request, environment) => {
      const found = await target.find(request, environment);
      log(`dry run: would publish ${request.ledgerKey} to ${target.name} as ${request.mode}${found ? ` (found ${found.platformId}: nothing new)` : ""}`);
      return found ?? { platformId: "(dry run)", created: false, mode: request.mode };
    },
  });
  return {
    ledger: readOnly,
    recorder,
    findTarget: (name: string) => {
      const target = findTarget(name);
      return target ? dryTarget(target) : undefined;
    },
    trace: async (_record: TraceRecord) => undefined,
  };
}

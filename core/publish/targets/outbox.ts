/**
 * The default target: no account, no network. Each publish is one JSON file named by its ledger key
 * under the outbox folder (`publish.outbox_dir`, else COPYGATE_OUTBOX_DIR, else `.copygate/outbox`
 * below the root), created with an atomic link so two processes never both create it.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import type { PublishRequest, PublishResult, PublishTarget, TargetEnvironment } from "./types.ts";

interface OutboxFile {
  ledger_key: string;
  campaign: string;
  content_hash: string;
  mode: "draft" | "schedule";
  send_at: string | null;
  variants: PublishRequest["variants"];
}

export function outboxDir(settings: Record<string, unknown>, environment: TargetEnvironment): string {
  const configured = typeof settings.outbox_dir === "string" ? settings.outbox_dir : environment.env.COPYGATE_OUTBOX_DIR;
  const dir = configured ?? ".copygate/outbox";
  return isAbsolute(dir) ? dir : join(environment.root, dir);
}

function filePath(request: PublishRequest, environment: TargetEnvironment): string {
  const hash12 = request.ledgerKey.split(":").at(-1) as string;
  return join(outboxDir(request.settings, environment), request.campaign, `${hash12}.json`);
}

function result(path: string, file: OutboxFile, created: boolean): PublishResult {
  return { platformId: `outbox:${file.ledger_key}`, url: `file://${path}`, created, mode: file.mode };
}

async function readOutboxFile(path: string): Promise<OutboxFile | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as OutboxFile;
  } catch {
    return null;
  }
}

/** Writes beside the target, then moves (replace) or links (create only when absent) it into place. */
async function writeAtomically(path: string, file: OutboxFile, replace: boolean): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
  if (replace) {
    await rename(temporary, path);
    return true;
  }
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

export const outboxTarget: PublishTarget = {
  name: "outbox",
  async find(request, environment) {
    const path = filePath(request, environment);
    const file = await readOutboxFile(path);
    return file && file.ledger_key === request.ledgerKey ? result(path, file, false) : null;
  },
  async publish(request, environment) {
    const path = filePath(request, environment);
    const file: OutboxFile = {
      ledger_key: request.ledgerKey, campaign: request.campaign, content_hash: request.contentHash,
      mode: request.mode, send_at: request.sendAt ?? null, variants: request.variants,
    };
    const found = await outboxTarget.find(request, environment);
    if (found && (found.mode === request.mode || found.mode === "schedule")) return found;
    // A draft found for a schedule request: schedule it (same file, mode and time updated).
    const created = await writeAtomically(path, file, found !== null);
    if (!created) return (await outboxTarget.find(request, environment)) as PublishResult;
    environment.log?.(`outbox: ${found ? "scheduled" : "wrote"} ${path}`);
    return result(path, file, found === null);
  },
  checkSettings(settings) {
    return settings.outbox_dir !== undefined && typeof settings.outbox_dir !== "string" ? ["publish.outbox_dir must be a folder path"] : [];
  },
};

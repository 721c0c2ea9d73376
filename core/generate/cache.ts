/**
 * The content-addressed response cache: one JSON file per answer, named by the sha256 of what was
 * asked: the endpoint (base URL host and path, never the key), provider, model, every parameter that
 * changes the answer, the messages, and copygate's cache format version. An answer written by one
 * endpoint (say the bundled simulator) is never served for another, and each answer keeps where it
 * came from. Shareable between CI runs through actions/cache. Files are written to a temp name and
 * renamed, so concurrent writers never leave a half-written file (rename is atomic on one filesystem).
 */
import { mkdir, readFile } from "node:fs/promises";
import { writeFileAtomically } from "../files/atomic.ts";
import { dirname, join } from "node:path";
import { canonicalJson, sha256 } from "../hash.ts";
import type { AnswerHistory, ChatMessage, TokenUsage } from "./types.ts";

/** Bumped whenever what a cache entry means changes: older entries are then misses, never misread. */
export const CACHE_FORMAT_VERSION = 2;

export interface CacheKeyParts {
  /** endpointIdentity(baseURL): scheme, host and path. */
  endpoint: string;
  provider: string;
  model: string;
  parameters: { temperature?: number; max_tokens?: number; response_format: { name: string; schema: object } };
  messages: ChatMessage[];
}

export interface CachedAnswer {
  key: string;
  /** Where the answer came from (scheme, host and path of the base URL). */
  endpoint: string;
  provider: string;
  model: string;
  content: Record<string, unknown>;
  usage: TokenUsage;
  created_at: string;
  /** How the answer was obtained the first time: a warm re-run reports the same metrics as the cold one. */
  history: AnswerHistory;
  simulated: boolean;
}

export function cacheKey(parts: CacheKeyParts): string {
  return sha256(canonicalJson({ cache_format: CACHE_FORMAT_VERSION, ...parts }));
}

export function cachePath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/** The cached answer, or null when absent or unreadable (a damaged file is a miss, never an error). */
export async function readCached(cacheDir: string, key: string): Promise<CachedAnswer | null> {
  let text: string;
  try {
    text = await readFile(cachePath(cacheDir, key), "utf8");
  } catch {
    return null;
  }
  try {
    const answer = JSON.parse(text) as CachedAnswer;
    return answer && answer.key === key && answer.content && typeof answer.content === "object" && answer.history && typeof answer.endpoint === "string" ? answer : null;
  } catch {
    return null;
  }
}

/** Shard folders known to exist: a mkdir per write was a measurable share of a cold eval run. */
const knownFolders = new Set<string>();

export async function writeCached(cacheDir: string, answer: CachedAnswer): Promise<void> {
  const target = cachePath(cacheDir, answer.key);
  const folder = dirname(target);
  if (!knownFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    knownFolders.add(folder);
  }
  try {
    await writeFileAtomically(target, `${JSON.stringify(answer, null, 2)}\n`);
  } catch (error) {
    knownFolders.delete(folder); // the folder may have been removed under us: recreate it next time
    throw error;
  }
}

/**
 * The bot's model: only what its own environment configures (OPENAI_API_KEY / OPENAI_BASE_URL),
 * never anything from the repository, and never the bundled simulator — drafts reviewers approve
 * must come from the team's model.
 */
import { openModelEndpoint, type ModelEndpoint } from "../../cli/lib/modelEndpoint.ts";

export type Env = Record<string, string | undefined>;

export type ModelReach = { ok: true } | { ok: false; reason: "not_configured" | "unreachable" | "key_refused"; detail: string };

export function modelConfigured(env: Env): boolean {
  return Boolean(env.OPENAI_BASE_URL || env.OPENAI_API_KEY);
}

export function modelHost(env: Env): string {
  return new URL(env.OPENAI_BASE_URL || "https://api.openai.com/v1").host;
}

/**
 * One GET /models before any work: an endpoint that does not answer (or refuses the key) is said at
 * once instead of after every variant's retries. Any other answer counts as reachable: some
 * OpenAI-compatible servers do not list models.
 */
export async function probeModel(env: Env, timeoutMs = 10_000): Promise<ModelReach> {
  if (!modelConfigured(env)) return { ok: false, reason: "not_configured", detail: "no OPENAI_API_KEY or OPENAI_BASE_URL in the bot's environment" };
  const base = (env.OPENAI_BASE_URL || "https://api.openai.com/v1").replace(/\/+$/, "");
  try {
    const response = await fetch(`${base}/models`, {
      headers: env.OPENAI_API_KEY ? { authorization: `Bearer ${env.OPENAI_API_KEY}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403) return { ok: false, reason: "key_refused", detail: `HTTP ${response.status} from ${modelHost(env)}` };
    return { ok: true };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { ok: false, reason: "unreachable", detail: `${modelHost(env)} did not answer (${cause})` };
  }
}

export async function openBotModel(env: Env, judgeModel: string): Promise<ModelEndpoint> {
  return openModelEndpoint({ cwd: ".", env: env as NodeJS.ProcessEnv, cache: false, judgeModel });
}

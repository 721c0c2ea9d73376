import { startUnmarkedModel } from "../support/unmarkedModel.ts";
import type { UnmarkedModel } from "../support/unmarkedModel.ts";

/**
 * A configured model endpoint for the Action's eval-suite scenarios, standing for the team's real
 * model (and judge): the simulator behind a proxy that removes its marks, passed as openai-base-url.
 * The simulator itself never counts as a judge (it says so), so nothing would be promoted on it.
 */
export async function startModelEndpoint(): Promise<{ inputs: Record<string, string>; close: () => Promise<void>; endpoint: UnmarkedModel }> {
  const endpoint = await startUnmarkedModel({ seed: "action-e2e" });
  return {
    endpoint,
    inputs: { "openai-base-url": endpoint.url, "openai-api-key": "sk-test-action-e2e" },
    close: () => endpoint.close(),
  };
}

import { startSimulator } from "../../simulator/index.ts";
import type { RunningSimulator } from "../../simulator/index.ts";

/**
 * A configured model endpoint for the Action's eval-suite scenarios: the simulator, started by the
 * test and passed as openai-base-url, stands for the team's real model (and judge). Without one the
 * Action runs the suite on its in-process simulator, which never judges, so nothing is promoted.
 */
export async function startModelEndpoint(): Promise<{ inputs: Record<string, string>; close: () => Promise<void>; endpoint: RunningSimulator }> {
  const endpoint = await startSimulator({ seed: "action-e2e" });
  return {
    endpoint,
    inputs: { "openai-base-url": endpoint.url, "openai-api-key": "sk-test-action-e2e" },
    close: () => endpoint.close(),
  };
}

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptRegistry, renderPrompt } from "../prompts/index.ts";
import { loadDatasets } from "./dataset.ts";
import { compiledRenderer } from "./render.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the suite's compiled renderer", () => {
  it("renders exactly what core/prompts renders, for every dataset case and both versions", async () => {
    const registry = await loadPromptRegistry(ROOT);
    const dataset = await loadDatasets(ROOT, ["datasets/trial_expiration_email/historical_briefs.jsonl", "datasets/trial_expiration_email/edge_cases.jsonl"]);
    const render = compiledRenderer();
    for (const ref of ["trial_expiration_email@7", "trial_expiration_email@8"]) {
      const version = registry.resolve(ref);
      for (const suiteCase of dataset.cases) {
        expect(await render(version, suiteCase.input)).toEqual(await renderPrompt(version, suiteCase.input));
      }
    }
  });
});

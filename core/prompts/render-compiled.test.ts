import { resolve } from "node:path";
import { Dotprompt } from "dotprompt";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../suite/index.ts";
import { loadPromptRegistry, renderPrompt, selectDeclaredInput } from "./index.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("renderPrompt's compiled templates", () => {
  it("render exactly what an uncompiled Dotprompt render gives, for every dataset case and both versions", async () => {
    const registry = await loadPromptRegistry(ROOT);
    const dataset = await loadDatasets(ROOT, ["datasets/trial_expiration_email/historical_briefs.jsonl", "datasets/trial_expiration_email/edge_cases.jsonl"]);
    const fresh = new Dotprompt();
    for (const ref of ["trial_expiration_email@7", "trial_expiration_email@8"]) {
      const version = registry.resolve(ref);
      for (const suiteCase of dataset.cases) {
        const uncompiled = await fresh.render(version.source, { input: selectDeclaredInput(version.inputSchema, suiteCase.input) });
        const expected = uncompiled.messages
          .map((m) => ({
            role: m.role === "model" ? "assistant" : m.role === "system" ? "system" : "user",
            content: m.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("").trim(),
          }))
          .filter((m) => m.content !== "");
        expect(await renderPrompt(version, suiteCase.input)).toEqual(expected);
      }
    }
  });
});

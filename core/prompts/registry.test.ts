import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../hash.ts";
import { InputError } from "../errors.ts";
import { loadPromptRegistry, parsePromptRef } from "./index.ts";
import { copyRepoContent, REPO_ROOT } from "./testing.ts";

describe("the prompt registry", () => {
  it("lists workflows that have a releases.yaml, with their versions in order", async () => {
    const registry = await loadPromptRegistry(REPO_ROOT);
    expect(registry.workflows()).toEqual(["paid_search_ads", "trial_expiration_email"]);
    expect(registry.versions("trial_expiration_email").map((v) => v.version)).toEqual([4, 5, 6, 7, 8]);
  });

  it("resolves production, a number and the trace spelling to the same kind of version", async () => {
    const registry = await loadPromptRegistry(REPO_ROOT);
    expect(registry.resolve("trial_expiration_email@production").version).toBe(7);
    expect(registry.resolve("trial_expiration_email@8").ref).toBe("trial_expiration_email@8");
    expect(registry.resolve("trial_expiration_email:v6").path).toBe("prompts/trial_expiration_email/trial_expiration_email.v6.prompt");
  });

  it("hashes each version over the exact file bytes", async () => {
    const registry = await loadPromptRegistry(REPO_ROOT);
    const v7 = registry.resolve("trial_expiration_email@7");
    const bytes = await readFile(join(REPO_ROOT, v7.path), "utf8");
    expect(v7.hash).toBe(`sha256:${sha256(bytes)}`);
    expect(new Set(registry.versions("trial_expiration_email").map((v) => v.hash)).size).toBe(5);
  });

  it("reads model, config and both schemas from the frontmatter", async () => {
    const v7 = (await loadPromptRegistry(REPO_ROOT)).resolve("trial_expiration_email@7");
    expect(v7.model).toBe("openai/gpt-4.1");
    expect(v7.config).toEqual({ temperature: 0.4, maxOutputTokens: 1200 });
    expect((v7.outputSchema as { required: string[] }).required).toContain("risk_flags");
    expect((v7.inputSchema as { required: string[] }).required).toContain("legal_rules");
    expect(v7.template.startsWith('{{role "system"}}')).toBe(true);
  });

  it("follows the production pin when releases.yaml moves it", async () => {
    const root = await copyRepoContent(["prompts"]);
    const path = join(root, "prompts/trial_expiration_email/releases.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("production: 7", "production: 8"));
    expect((await loadPromptRegistry(root)).resolve("trial_expiration_email@production").version).toBe(8);
  });

  it("refuses unknown workflows and versions with an InputError that says what exists", async () => {
    const registry = await loadPromptRegistry(REPO_ROOT);
    expect(() => registry.resolve("trial_expiration_email@9")).toThrow("prompt trial_expiration_email has no version 9");
    expect(() => registry.resolve("welcome_email@production")).toThrow(InputError);
    try {
      registry.resolve("trial_expiration_email@9");
    } catch (error) {
      expect((error as InputError).hint).toBe("add prompts/trial_expiration_email/trial_expiration_email.v9.prompt or pick one of: 4, 5, 6, 7, 8");
    }
  });
});

describe("a registry with a broken version file", () => {
  it("still resolves the other versions and fails only for the broken one", async () => {
    const root = await copyRepoContent(["prompts"]);
    await writeFile(join(root, "prompts/trial_expiration_email/trial_expiration_email.v8.prompt"), "---\nmodel: [unclosed\n---\n{{role}}");
    const registry = await loadPromptRegistry(root);
    expect(registry.resolve("trial_expiration_email@production").version).toBe(7);
    expect(registry.versions("trial_expiration_email").map((v) => v.version)).toEqual([4, 5, 6, 7]);
    expect(() => registry.resolve("trial_expiration_email@8")).toThrow(/^cannot parse the prompt: /);
  });
});

describe("prompt references", () => {
  it("parse all three spellings and reject anything else", () => {
    expect(parsePromptRef("wf@production")).toEqual({ workflow: "wf", selector: "production" });
    expect(parsePromptRef("wf@12")).toEqual({ workflow: "wf", selector: 12 });
    expect(parsePromptRef("wf:v3")).toEqual({ workflow: "wf", selector: 3 });
    for (const bad of ["wf", "wf@latest", "wf:8", "@8", "wf@8@9"]) expect(() => parsePromptRef(bad)).toThrow(InputError);
  });
});

import { describe, expect, it } from "vitest";
import { InputError } from "../../../core/errors.ts";
import { parseInputs } from "./inputs.ts";

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("the Action's inputs", () => {
  it("default to commenting, failing on fail, concurrency 8 and the repository root", () => {
    expect(parseInputs(reader({ "github-token": "t" }))).toEqual({
      githubToken: "t", openaiApiKey: "", openaiBaseUrl: "", model: "", concurrency: 8, comment: true, failOn: "fail", failOnExisting: false, root: ".",
    });
  });

  it("read every input by its action.yml name", () => {
    const inputs = parseInputs(reader({ "github-token": "t", "openai-api-key": "k", "openai-base-url": "http://x/v1", model: "m", concurrency: "16", comment: "false", "fail-on": "review", "fail-on-existing": "true", root: "marketing" }));
    expect(inputs).toMatchObject({ openaiApiKey: "k", openaiBaseUrl: "http://x/v1", model: "m", concurrency: 16, comment: false, failOn: "review", failOnExisting: true, root: "marketing" });
  });

  it("reject a fail-on value it does not know, naming the input and the accepted values", () => {
    expect(() => parseInputs(reader({ "fail-on": "warn" }))).toThrow(InputError);
    try {
      parseInputs(reader({ "fail-on": "warn" }));
    } catch (error) {
      expect((error as InputError).format()).toBe('input "fail-on" is "warn" — use fail (default), review or never');
    }
  });

  it("reject a concurrency that is not a whole number from 1 to 64", () => {
    for (const bad of ["0", "65", "2.5", "many"]) expect(() => parseInputs(reader({ concurrency: bad }))).toThrow(/concurrency/);
  });

  it("reject a comment value that is not true or false", () => {
    expect(() => parseInputs(reader({ comment: "sometimes" }))).toThrow('input "comment" is "sometimes"');
  });
});

/** The Action's inputs as typed settings; a bad value names the input and what it accepts. */
import { InputError } from "../../../core/errors.ts";
import type { FailOn } from "../../../core/report/index.ts";

export interface ActionInputs {
  githubToken: string;
  openaiApiKey: string;
  openaiBaseUrl: string;
  model: string;
  concurrency: number;
  comment: boolean;
  failOn: FailOn;
  /** Failures the base branch already has fail this pull request too (default: reported apart, they do not). */
  failOnExisting: boolean;
  /** Repository-relative folder holding prompts/, campaigns/, policies/ … ("." by default). */
  root: string;
}

export function parseInputs(read: (name: string) => string): ActionInputs {
  return {
    githubToken: read("github-token"),
    openaiApiKey: read("openai-api-key"),
    openaiBaseUrl: read("openai-base-url"),
    model: read("model"),
    concurrency: parseConcurrency(read("concurrency")),
    comment: parseBoolean("comment", read("comment") || "true"),
    failOn: parseFailOn(read("fail-on") || "fail"),
    failOnExisting: parseBoolean("fail-on-existing", read("fail-on-existing") || "false"),
    root: read("root") || ".",
  };
}

function parseConcurrency(text: string): number {
  if (!text) return 8;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new InputError(`input "concurrency" is "${text}"`, { field: "concurrency", hint: "use a whole number from 1 to 64" });
  }
  return value;
}

function parseBoolean(name: string, text: string): boolean {
  if (/^(true|yes|on)$/i.test(text)) return true;
  if (/^(false|no|off)$/i.test(text)) return false;
  throw new InputError(`input "${name}" is "${text}"`, { field: name, hint: "use true or false" });
}

function parseFailOn(text: string): FailOn {
  if (text === "fail" || text === "review" || text === "never") return text;
  throw new InputError(`input "fail-on" is "${text}"`, { field: "fail-on", hint: "use fail (default), review or never" });
}

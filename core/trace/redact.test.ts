import { describe, expect, it } from "vitest";
import { assertNoPersonalData, redactSecretValues, secretForms, secretValuesFromEnv, TraceRedactionError } from "./redact.ts";
import { issueExampleTrace } from "./example-trace.ts";

function errorOf(fn: () => void): TraceRedactionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TraceRedactionError) return error;
    throw error;
  }
  throw new Error("expected a TraceRedactionError");
}

describe("assertNoPersonalData", () => {
  it("accepts the issue's trace example, which holds only ids, versions and counts", () => {
    expect(() => assertNoPersonalData(issueExampleTrace())).not.toThrow();
  });

  it("rejects an email address anywhere in a string and names the field path", () => {
    const record = issueExampleTrace({ publish: { status: "blocked", reason: "bounced for dana.ortiz@example.com" } });
    const error = errorOf(() => assertNoPersonalData(record));
    expect(error.path).toBe("publish.reason");
    expect(error.message).toBe(
      "trace field publish.reason holds what looks like an email address; traces must never hold personal data or secrets — record an id, a version or a count instead",
    );
  });

  it("never repeats the offending address in its message", () => {
    const record = issueExampleTrace({ inputs: { owner: "sam@lumora.io" } });
    expect(errorOf(() => assertNoPersonalData(record)).message).not.toContain("sam@lumora.io");
  });

  it("finds emails inside arrays with the index in the path", () => {
    const record = issueExampleTrace({ approval: { status: "approved", reviewers: ["brand", "lee@example.org"] } });
    expect(errorOf(() => assertNoPersonalData(record)).path).toBe("approval.reviewers[1]");
  });

  it.each([
    ["email", "inputs.email"],
    ["first_name", "inputs.first_name"],
    ["lastName", "inputs.lastName"],
    ["recipient_email", "inputs.recipient_email"],
    ["full-name", "inputs.full-name"],
    ["phone_number", "inputs.phone_number"],
  ])("rejects a field named %s even when its value looks harmless", (key, path) => {
    const record = issueExampleTrace({ inputs: { campaign_brief_id: "brief_284", [key]: "x" } });
    const error = errorOf(() => assertNoPersonalData(record));
    expect(error.path).toBe(path);
    expect(error.message).toContain(`is named like personal data ("${key}")`);
  });

  it("rejects denylisted names nested in free-form parameters", () => {
    const record = issueExampleTrace({ parameters: { audience: { sample: [{ user_id: "u_1", email: null }] } } });
    expect(errorOf(() => assertNoPersonalData(record)).path).toBe("parameters.audience.sample[0].email");
  });

  it("lets prompt references and package-style versions through, which contain @ but no address", () => {
    const record = issueExampleTrace({ inputs: { prompt_ref: "trial_expiration_email@production", sdk: "openai@6.49.0" } });
    expect(() => assertNoPersonalData(record)).not.toThrow();
  });
});

describe("assertNoPersonalData on secrets", () => {
  it.each([
    ["an OpenAI key", "failed with sk-proj-AbCdEf0123456789AbCdEf0123"],
    ["a GitHub token", "pushed with ghp_0123456789abcdefghijABCDEFGHIJ012345"],
    ["a bearer header", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc"],
  ])("rejects %s in a value without repeating it", (_kind, reason) => {
    const error = errorOf(() => assertNoPersonalData(issueExampleTrace({ publish: { status: "failed", reason } })));
    expect(error.path).toBe("publish.reason");
    expect(error.message).toContain("holds what looks like an API key or access token");
    expect(error.message).not.toContain(reason.split(" ").at(-1));
  });

  it.each(["api_key", "apiKey", "authorization", "github_token", "client_secret"])("rejects a field named %s", (key) => {
    const error = errorOf(() => assertNoPersonalData(issueExampleTrace({ parameters: { [key]: "x" } })));
    expect(error.path).toBe(`parameters.${key}`);
    expect(error.message).toContain(`is named like a secret ("${key}")`);
  });

  it("lets token counts through: input_tokens and output_tokens are usage, not credentials", () => {
    expect(() => assertNoPersonalData({ generation: { input_tokens: 2180, output_tokens: 642, max_tokens: 1200 } })).not.toThrow();
  });
});

describe("assertNoPersonalData on long text", () => {
  // Checking around each "@" takes some 40 ms here; one unanchored regex over the string (quadratic)
  // takes some 40 s. Ten seconds tells them apart even on a loaded machine.
  it("checks a 400 KB string full of @ signs in linear time, not quadratic", () => {
    const long = `${"x".repeat(200_000)}${"a@b ".repeat(50_000)}`;
    const started = performance.now();
    expect(() => assertNoPersonalData({ reason: long })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("redaction by value", () => {
  const key = "sk-proj-Zq8XkT2mWv9LpR4sN7yB1cD5eF6g";
  it("finds a key whole, without its vendor prefixes, and by its tail", () => {
    expect(secretForms(key)).toEqual([key, "proj-Zq8XkT2mWv9LpR4sN7yB1cD5eF6g", "Zq8XkT2mWv9LpR4sN7yB1cD5eF6g", "LpR4sN7yB1cD5eF6g".slice(-16)]);
    expect(redactSecretValues(`echo ${key} / Zq8XkT2mWv9LpR4sN7yB1cD5eF6g / …${key.slice(-16)}`, [key])).toBe("echo [redacted] / [redacted] / …[redacted]");
  });

  it("takes a connection string's password out as well as the whole string", () => {
    const dsn = "postgres://copygate:s3cret-Pa55word@db.internal:5432/warehouse";
    expect(redactSecretValues(`could not connect with s3cret-Pa55word to ${dsn}`, [dsn])).toBe("could not connect with [redacted] to [redacted]");
  });

  it("leaves short values alone: they would match ordinary words", () => {
    expect(secretForms("abc")).toEqual([]);
    expect(redactSecretValues("the abc of it", ["abc"])).toBe("the abc of it");
  });

  it("collects every configured key, token, password and connection string from the environment, nothing else", () => {
    const env = {
      OPENAI_API_KEY: key, GITHUB_TOKEN: "ghs_0123456789abcdefghij0123456789ab", SLACK_WEBHOOK_SECRET: "whsec_abcdefgh12345678",
      DATABASE_URL: "postgres://u:verysecret1@h/db", PGPASSWORD: "postgres-pass-99", OPENAI_BASE_URL: "http://localhost:11434/v1", PATH: "/usr/bin:/bin", CI: "true",
    };
    expect(secretValuesFromEnv(env).sort()).toEqual([key, "ghs_0123456789abcdefghij0123456789ab", "whsec_abcdefgh12345678", "postgres://u:verysecret1@h/db", "postgres-pass-99"].sort());
  });
});

/**
 * The redaction guard: a trace is an audit record that travels (JSONL files in CI artifacts, OTLP
 * collectors), so it must never hold personal data, nor a secret. Checked before every write and
 * export; it names the offending field and never repeats the offending value.
 */

/** Field names that denote a person's contact details or name, compared in snake_case. */
const PERSONAL_FIELD_NAMES = new Set([
  "email", "emails", "email_address", "e_mail",
  "first_name", "last_name", "middle_name", "full_name", "given_name", "family_name",
  "person_name", "recipient_name", "customer_name", "contact_name", "display_name", "user_name", "username",
  "phone", "phone_number", "mobile", "mobile_number", "date_of_birth", "birthdate", "ip_address",
]);
// A bare "name" is not on the list: in a trace it names prompts, checks and workflows, not people.

const SECRET_FIELD_NAMES = new Set(["api_key", "apikey", "authorization", "password", "secret", "token", "access_token", "private_key", "client_secret"]);

/** Credential shapes of the services copygate talks to: OpenAI keys, GitHub tokens, bearer headers. */
const SECRET_VALUE = /\bsk-[A-Za-z0-9_-]{20,}|\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{20,}|\bBearer\s+[A-Za-z0-9._~+/-]{16,}/;

const LOCAL_PART_END = /[A-Za-z0-9._%+-]$/;
const DOMAIN_START = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export class TraceRedactionError extends Error {
  readonly path: string;
  constructor(path: string, why: string) {
    super(`trace field ${path} ${why}; traces must never hold personal data or secrets — record an id, a version or a count instead`);
    this.name = "TraceRedactionError";
    this.path = path;
  }
}

/**
 * True when some "@" has an address-like local part before it and a dotted domain after it.
 * Checked around each "@" in a bounded window: one unanchored regex over the whole string is
 * quadratic, and trace strings (reasons, parameters) can be long.
 */
function looksLikeEmail(text: string): boolean {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && LOCAL_PART_END.test(text.slice(at - 1, at)) && DOMAIN_START.test(text.slice(at + 1, at + 256))) return true;
  }
  return false;
}

/** "firstName", "First-Name", "owner email" → "first_name", "first_name", "owner_email". */
function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[\s.-]+/g, "_")
    .toLowerCase();
}

function fieldNameProblem(key: string): string | null {
  const snake = snakeCase(key);
  if (PERSONAL_FIELD_NAMES.has(snake) || snake.endsWith("_email") || snake.endsWith("_email_address")) {
    return `is named like personal data ("${key}")`;
  }
  if (SECRET_FIELD_NAMES.has(snake) || /_(api_key|token|secret|password)$/.test(snake)) return `is named like a secret ("${key}")`;
  return null;
}

function valueProblem(text: string): string | null {
  if (looksLikeEmail(text)) return "holds what looks like an email address";
  if (SECRET_VALUE.test(text)) return "holds what looks like an API key or access token";
  return null;
}

/** Throws TraceRedactionError naming the first offending field path. */
export function assertNoPersonalData(record: unknown): void {
  visit(record, "");
}

function visit(value: unknown, path: string): void {
  if (typeof value === "string") {
    const problem = valueProblem(value);
    if (problem) throw new TraceRedactionError(path || "(root)", problem);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${path}[${index}]`));
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const problem = fieldNameProblem(key);
      if (problem) throw new TraceRedactionError(childPath, problem);
      visit(child, childPath);
    }
  }
}

/** Shorter values are not redacted by value: they would match ordinary words. */
const MIN_SECRET_LENGTH = 8;
/** A tail this long of a long secret is still the secret (endpoints echo keys masked at the front). */
const TAIL_LENGTH = 16;

export const REDACTED = "[redacted]";

/**
 * The forms a secret can be echoed in: the whole value, the value without its vendor prefix
 * ("sk-proj-", "ghp_", "Bearer "), and its tail. Matching by value, not by shape, catches a key
 * an endpoint echoes without its "sk-", or a connection string's password.
 */
export function secretForms(secret: string): string[] {
  const value = secret.trim();
  if (value.length < MIN_SECRET_LENGTH) return [];
  const forms = new Set([value]);
  let rest = value;
  for (let prefix = /^[A-Za-z]{2,8}[-_]/.exec(rest); prefix && rest.length - prefix[0].length >= MIN_SECRET_LENGTH; prefix = /^[A-Za-z]{2,8}[-_]/.exec(rest)) {
    rest = rest.slice(prefix[0].length);
    forms.add(rest);
  }
  if (value.length >= 2 * TAIL_LENGTH) forms.add(value.slice(-TAIL_LENGTH));
  // A connection string's password is a secret of its own.
  const password = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@/]+)@/i.exec(value)?.[1];
  if (password && password.length >= MIN_SECRET_LENGTH) forms.add(decodeURIComponentSafe(password)).add(password);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Replaces every form of every secret with "[redacted]". */
export function redactSecretValues(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0 || text.length === 0) return text;
  let out = text;
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

/** Environment variables that hold secrets: keys, tokens, passwords, connection strings. */
const SECRET_ENV_NAME = /(^|_)(API_KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIALS?)$|^(DATABASE_URL|PG(PASSWORD|URL)|POSTGRES_URL|.*_DSN|.*_CONNECTION_STRING)$/;

/** The secret values configured in an environment: every value a redaction must find wherever it shows up. */
export function secretValuesFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.trim().length < MIN_SECRET_LENGTH) continue;
    if (SECRET_ENV_NAME.test(name.toUpperCase()) || /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:[^@/\s]+@/i.test(value)) values.add(value.trim());
  }
  return [...values];
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

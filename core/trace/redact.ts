/**
 * The redaction guard: a trace is an audit record that travels (JSONL files in CI artifacts, OTLP
 * collectors), so it must never hold personal data. Checked before every write and export.
 */

/** Field names that denote a person's contact details or name, compared in snake_case. */
const PERSONAL_FIELD_NAMES = new Set([
  "email", "emails", "email_address", "e_mail",
  "first_name", "last_name", "middle_name", "full_name", "given_name", "family_name",
  "person_name", "recipient_name", "customer_name", "contact_name", "display_name", "user_name", "username",
  "phone", "phone_number", "mobile", "mobile_number", "date_of_birth", "birthdate", "ip_address",
]);

// A bare "name" is not on the list: in a trace it names prompts, checks and workflows, not people.
const LOCAL_PART_END = /[A-Za-z0-9._%+-]$/;
const DOMAIN_START = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

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

export class PersonalDataError extends Error {
  readonly path: string;
  constructor(path: string, why: string) {
    super(`trace field ${path} ${why}; traces must never hold personal data — record an id, a version or a count instead`);
    this.name = "PersonalDataError";
    this.path = path;
  }
}

/** "firstName", "First-Name", "owner email" → "first_name", "first_name", "owner_email". */
function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[\s.-]+/g, "_")
    .toLowerCase();
}

function isPersonalFieldName(key: string): boolean {
  const snake = snakeCase(key);
  return PERSONAL_FIELD_NAMES.has(snake) || snake.endsWith("_email") || snake.endsWith("_email_address");
}

/** Throws PersonalDataError naming the first offending field path; the offending value is never echoed. */
export function assertNoPersonalData(record: unknown): void {
  visit(record, "");
}

function visit(value: unknown, path: string): void {
  if (typeof value === "string") {
    if (looksLikeEmail(value)) throw new PersonalDataError(path || "(root)", "holds what looks like an email address");
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${path}[${index}]`));
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (isPersonalFieldName(key)) throw new PersonalDataError(childPath, `is named like personal data ("${key}")`);
      visit(child, childPath);
    }
  }
}

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
    path;
    constructor(path, why) {
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
function looksLikeEmail(text) {
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
        if (at > 0 && LOCAL_PART_END.test(text.slice(at - 1, at)) && DOMAIN_START.test(text.slice(at + 1, at + 256)))
            return true;
    }
    return false;
}
/** "firstName", "First-Name", "owner email" → "first_name", "first_name", "owner_email". */
function snakeCase(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/[\s.-]+/g, "_")
        .toLowerCase();
}
function fieldNameProblem(key) {
    const snake = snakeCase(key);
    if (PERSONAL_FIELD_NAMES.has(snake) || snake.endsWith("_email") || snake.endsWith("_email_address")) {
        return `is named like personal data ("${key}")`;
    }
    if (SECRET_FIELD_NAMES.has(snake) || /_(api_key|token|secret|password)$/.test(snake))
        return `is named like a secret ("${key}")`;
    return null;
}
function valueProblem(text) {
    if (looksLikeEmail(text))
        return "holds what looks like an email address";
    if (SECRET_VALUE.test(text))
        return "holds what looks like an API key or access token";
    return null;
}
/** Throws TraceRedactionError naming the first offending field path. */
export function assertNoPersonalData(record) {
    visit(record, "");
}
function visit(value, path) {
    if (typeof value === "string") {
        const problem = valueProblem(value);
        if (problem)
            throw new TraceRedactionError(path || "(root)", problem);
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
            if (problem)
                throw new TraceRedactionError(childPath, problem);
            visit(child, childPath);
        }
    }
}

import { isInputError } from "../../errors.js";
import { loadSourceDefinition } from "../../files/index.js";
import { loadSnapshot } from "../sources/index.js";
import { ageHours, describeAge, describeLimit, maxAgeHours, roundHours, statusForAge } from "./rules.js";
/** Reads one source input and judges its table-level freshness as dbt does, on max(loaded_at_field). */
export async function checkSourceInput(root, name, input, now, options) {
    const base = { source: input.source, max_age_hours: maxAgeHours(input.freshness), on_failure: input.on_failure };
    let definition;
    let snapshot;
    try {
        definition = await loadSourceDefinition(root, input.source);
        snapshot = await loadSnapshot(root, definition, options);
    }
    catch (error) {
        const reason = isInputError(error) ? error.format() : error instanceof Error ? error.message : String(error);
        return { verdict: { ...base, actual_age_hours: null, status: "runtime_error", message: `${name}: cannot read source "${input.source}": ${reason}` } };
    }
    if (snapshot.max_loaded_at === null) {
        const message = `${name}: source "${input.source}" has no rows with a valid ${definition.loaded_at_field}, so its age is unknown`;
        return { verdict: { ...base, actual_age_hours: null, status: "error", message }, snapshot, definition };
    }
    const age = ageHours(Date.parse(snapshot.max_loaded_at), now);
    const verdict = { ...base, actual_age_hours: roundHours(age), status: statusForAge(age, input.freshness) };
    if (age < 0) {
        verdict.status = "warn";
        verdict.message = `${name}: the newest ${definition.loaded_at_field} is ${roundHours(-age)} hours after the clock (${now.toISOString()}): check --now`;
    }
    else if (verdict.status !== "pass") {
        const limit = verdict.status === "error" ? input.freshness?.error_after : input.freshness?.warn_after;
        verdict.message = `${name}: source "${input.source}" is ${describeAge(age, input.freshness)} old, over its ${verdict.status}_after limit of ${limit ? describeLimit(limit) : "?"}`;
    }
    return { verdict, snapshot, definition };
}

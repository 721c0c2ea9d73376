/** stop > review > generic > proceed: the most cautious consequence of any input wins. */
const PRECEDENCE = ["proceed", "proceed_with_generic_variant", "route_to_review", "stop_before_generation"];
const BEHAVIOUR_DECISION = {
    stop: "stop_before_generation",
    generic_variant: "proceed_with_generic_variant",
    review: "route_to_review",
};
/**
 * What one input's verdict asks for. An error applies the input's failure behaviour; a warning
 * routes `review` inputs to review and sends `generic_variant` inputs' stale recipients to the
 * generic variant, but never stops; an unreadable required input stops whatever its behaviour.
 */
export function consequenceOf(verdict, required) {
    switch (verdict.status) {
        case "pass":
            return "proceed";
        case "warn":
            return verdict.on_failure === "stop" ? "proceed" : BEHAVIOUR_DECISION[verdict.on_failure];
        case "runtime_error":
            return required ? "stop_before_generation" : BEHAVIOUR_DECISION[verdict.on_failure];
        case "error":
            return BEHAVIOUR_DECISION[verdict.on_failure];
    }
}
export function mostCautious(decisions) {
    return decisions.reduce((worst, d) => (PRECEDENCE.indexOf(d) > PRECEDENCE.indexOf(worst) ? d : worst), "proceed");
}
/** "12 percent", with the edges said honestly: a single stale recipient out of 500 is not "0 percent". */
export function percentOf(part, whole) {
    if (whole === 0 || part === 0)
        return "0";
    const pct = Math.round((100 * part) / whole);
    if (pct === 0)
        return "less than 1";
    if (pct === 100 && part < whole)
        return "more than 99";
    return String(pct);
}
/** "product_usage" → "Product usage". */
export function inputLabel(name) {
    const words = name.replace(/[_-]+/g, " ").trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}
/** The field order first (source, max_age_hours, actual_age_hours, status), then the details. */
export function orderedVerdict(verdict) {
    const { source, max_age_hours, actual_age_hours, status, on_failure, ...details } = verdict;
    return { source, max_age_hours, actual_age_hours, status, on_failure, ...details };
}

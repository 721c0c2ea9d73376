export const RISK_LABELS = {
    low: "copygate:risk-low",
    medium: "copygate:risk-medium",
    high: "copygate:risk-high",
};
export const RISK_LABEL_COLORS = { low: "0e8a16", medium: "fbca04", high: "b60205" };
/** What to add and remove so the pull request carries only the label of `risk` (none when null). */
export function riskLabelChange(current, risk) {
    const wanted = risk ? RISK_LABELS[risk] : null;
    const ours = new Set(Object.values(RISK_LABELS));
    return {
        add: wanted && !current.includes(wanted) ? wanted : null,
        remove: current.filter((name) => ours.has(name) && name !== wanted),
    };
}

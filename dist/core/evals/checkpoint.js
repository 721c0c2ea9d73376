/** The approval checkpoint as reviewers read it in the terminal, the PR and drafts.json. */
export function formatCheckpoint(checkpoint, checks) {
    return [
        `Approval checkpoint: ${checkpoint.workflow}`,
        `Run ID: ${checkpoint.run_id}`,
        `Prompt version: ${checkpoint.prompt_version}`,
        `Audience: ${checkpoint.audience}`,
        `Risk level: ${checkpoint.risk_level}`,
        "Automated evals:",
        ...checks.map(checkLine),
        `Decision: ${checkpoint.decision}`,
    ].join("\n");
}
/** "- JSON schema: pass"; a skipped check says why ("- Judge: brand fit: skipped (no judge model)"). */
function checkLine(check) {
    const why = check.status === "skipped" ? /^skipped: (.+)$/.exec(check.message)?.[1] : undefined;
    return `- ${check.label}: ${check.status}${why ? ` (${why})` : ""}`;
}

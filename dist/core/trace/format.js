function section(title, lines) {
    return [`${title}:`, ...(lines.length ? lines : ["- none"])];
}
function generationLines(record) {
    const { latency_ms, input_tokens, output_tokens, fallbacks } = record.generation;
    const lines = [`- latency_ms: ${latency_ms}`, `- input_tokens: ${input_tokens}`, `- output_tokens: ${output_tokens}`];
    // Each fallback is a decision a reviewer must be able to find: which variant, to what, and why.
    for (const f of fallbacks ?? [])
        lines.push(`- fallback ${f.variant}: ${f.to} (${f.reason})`);
    return lines;
}
function approvalLines(record) {
    const lines = [`- status: ${record.approval.status}`];
    if (record.approval.reviewers.length)
        lines.push(`- reviewers: ${record.approval.reviewers.join(", ")}`);
    if (record.approval.at)
        lines.push(`- at: ${record.approval.at}`);
    return lines;
}
function publishLines(record) {
    const lines = [`- status: ${record.publish.status}`];
    if (record.publish.target)
        lines.push(`- target: ${record.publish.target}`);
    if (record.publish.reason)
        lines.push(`- reason: ${record.publish.reason}`);
    return lines;
}
export function formatTrace(record) {
    const lines = [
        `Trace: ${record.trace_id}`,
        `Workflow: ${record.workflow}`,
        `Run ID: ${record.run_id}`,
        `Prompt version: ${record.prompt_version}`,
        `Model: ${record.model}`,
        `Temperature: ${record.temperature ?? "model default"}`,
        ...section("Inputs", Object.entries(record.inputs).map(([key, value]) => `- ${key}: ${value}`)),
        ...section("Generation", generationLines(record)),
        ...section("Evals", record.evals.map((e) => `- ${e.id}: ${e.status}`)),
        ...section("Approval", approvalLines(record)),
        ...section("Publish", publishLines(record)),
    ];
    return `${lines.join("\n")}\n`;
}

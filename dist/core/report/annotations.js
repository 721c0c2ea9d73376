export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
export const WORKFLOW_COMMANDS_SHOWN_PER_LEVEL = 10;
export function toCheckRunAnnotation(finding) {
    const line = Math.max(1, finding.line);
    return { path: finding.path, start_line: line, end_line: line, annotation_level: finding.level, title: finding.title, message: finding.message };
}
/** Splits annotations into the requests GitHub accepts (50 each); always at least one batch. */
export function annotationBatches(annotations, size = CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    const batches = [];
    for (let i = 0; i < annotations.length; i += size)
        batches.push(annotations.slice(i, i + size));
    return batches.length ? batches : [[]];
}
export function planWorkflowCommands(findings, perLevel = WORKFLOW_COMMANDS_SHOWN_PER_LEVEL) {
    const seen = { failure: 0, warning: 0, notice: 0 };
    const plan = { shown: [], overflow: [] };
    for (const finding of findings) {
        seen[finding.level] += 1;
        (seen[finding.level] <= perLevel ? plan.shown : plan.overflow).push(finding);
    }
    return plan;
}

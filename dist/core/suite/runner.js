import { runPool } from "../pool.js";
export async function runSuite(options) {
    const repeat = Math.max(1, options.repeat ?? 1);
    const results = options.cases.map((c) => ({
        index: c.index, id: c.id, ...(c.reviewerDecision ? { reviewer_decision: c.reviewerDecision } : {}),
        candidate: new Array(repeat), baseline: new Array(repeat),
    }));
    const checkLabels = {};
    const perCase = 2 * repeat;
    const total = options.cases.length * perCase;
    const progress = { done: 0, total, errors: 0, cached: 0 };
    await runPool(total, options.concurrency ?? 8, async (task) => {
        const caseIndex = Math.floor(task / perCase);
        const role = task % 2 === 0 ? "candidate" : "baseline";
        const sample = Math.floor((task % perCase) / 2);
        const suiteCase = options.cases[caseIndex];
        const outcome = await runOne(options, suiteCase, role, sample, checkLabels);
        results[caseIndex][role][sample] = outcome;
        progress.done++;
        if (!outcome.ok)
            progress.errors++;
        else if (outcome.cached)
            progress.cached++;
        options.onProgress?.({ ...progress });
    });
    return { cases: results, checkLabels };
}
async function runOne(options, suiteCase, role, sample, labels) {
    const version = options[role];
    const { collaborators } = options;
    let stage = "render";
    try {
        const messages = await collaborators.render(version, suiteCase.input);
        stage = "generate";
        const generated = await collaborators.generate({
            messages, outputSchema: version.outputSchema, schemaName: version.workflow, settings: options.settings,
            ...(sample > 0 ? { sample } : {}),
        });
        if (!generated.ok)
            return { ok: false, stage, error: generated.reason };
        stage = "check";
        const checks = [...(await collaborators.check(generated.content, suiteCase, version))];
        if (collaborators.judge)
            checks.push(...(await collaborators.judge(generated.content, suiteCase, version)));
        return { ...summarizeChecks(checks, labels), ...(generated.cached ? { cached: true } : {}) };
    }
    catch (error) {
        return { ok: false, stage, error: oneLine(error) };
    }
}
function summarizeChecks(checks, labels) {
    const statuses = {};
    const messages = {};
    for (const check of checks) {
        labels[check.id] ??= check.label;
        statuses[check.id] = check.status;
        if (check.status === "fail" || check.status === "warn")
            messages[check.id] = check.message;
    }
    return Object.keys(messages).length > 0 ? { ok: true, checks: statuses, messages } : { ok: true, checks: statuses };
}
function oneLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split("\n")[0].slice(0, 300);
}

/**
 * JUnit XML for CI test views: one testsuite per prompt version, one testcase per case; a case
 * fails when a run fails a check (listed), and errors when a run produced no output.
 */
import { failingChecks } from "./metrics.js";
export function formatJunit(results) {
    const cases = [...results.cases].sort((a, b) => a.index - b.index);
    const suites = ["candidate", "baseline"].map((role) => testSuite(results, cases, role));
    const totals = suites.reduce((t, s) => ({ tests: t.tests + s.tests, failures: t.failures + s.failures, errors: t.errors + s.errors }), { tests: 0, failures: 0, errors: 0 });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xml(results.suite)}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
        ...suites.map((s) => s.xml),
        "</testsuites>",
        "",
    ].join("\n");
}
function testSuite(results, cases, role) {
    const prompt = results[role];
    const name = `${prompt.ref} (${role})`;
    let failures = 0;
    let errors = 0;
    const body = cases.map((c) => {
        const verdict = caseVerdict(c[role], results.check_labels);
        if (verdict?.kind === "failure")
            failures++;
        if (verdict?.kind === "error")
            errors++;
        const open = `    <testcase classname="${xml(`${results.suite}.${role}`)}" name="${xml(c.id)}"`;
        if (!verdict)
            return `${open}/>`;
        return `${open}>\n      <${verdict.kind} message="${xml(verdict.message)}" type="${verdict.kind === "error" ? "run_error" : "checks"}">${xml(verdict.detail)}</${verdict.kind}>\n    </testcase>`;
    });
    const xmlText = [`  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`, ...body, "  </testsuite>"].join("\n");
    return { xml: xmlText, tests: cases.length, failures, errors };
}
/** An error outranks a failure: a run with no output says nothing about the checks. */
function caseVerdict(runs, labels) {
    const numbered = (i) => (runs.length > 1 ? `run ${i + 1}: ` : "");
    const errored = runs.map((r, i) => (r.ok ? null : `${numbered(i)}${r.stage}: ${r.error}`)).filter((x) => x !== null);
    if (errored.length > 0)
        return { kind: "error", message: `${errored.length} of ${runs.length} runs ended without output`, detail: errored.join("\n") };
    const failing = new Set(runs.flatMap(failingChecks));
    if (failing.size === 0)
        return null;
    const detail = runs.flatMap((r, i) => (r.ok ? failingChecks(r).map((id) => `${numbered(i)}${labels[id] ?? id}: ${r.messages?.[id] ?? "failed"}`) : []));
    return { kind: "failure", message: `failing checks: ${[...failing].join(", ")}`, detail: detail.join("\n") };
}
/** Escapes text for XML attributes and content, and drops characters XML 1.0 cannot carry. */
export function xml(text) {
    return text
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
        .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

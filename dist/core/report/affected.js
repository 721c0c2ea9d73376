/** Files core/validate has a schema for; source snapshots are data, judged by freshness instead. */
const VALIDATED = /^((prompts|campaigns|policies|sources)\/.+\.(ya?ml|prompt|json)|datasets\/(?!snapshots\/).+\.jsonl)$/;
export function affectedByChanges(changed, uses) {
    const affected = { workflows: {}, campaigns: {}, filesToValidate: [], suites: {} };
    const add = (into, key, reason) => {
        const reasons = (into[key] ??= []);
        if (!reasons.includes(reason))
            reasons.push(reason);
    };
    for (const file of changed) {
        const paths = [file.filename, ...(file.previous_filename ? [file.previous_filename] : [])];
        for (const path of paths)
            markAffected(path, uses, (kind, key, reason) => add(affected[kind], key, reason));
        if (file.status !== "removed" && VALIDATED.test(file.filename))
            affected.filesToValidate.push(file.filename);
    }
    affected.filesToValidate.sort();
    for (const workflow of Object.keys(affected.workflows)) {
        const comparison = suiteComparison(workflow, changed, uses);
        if (comparison)
            affected.suites[workflow] = comparison;
    }
    return affected;
}
function markAffected(path, uses, mark) {
    const prompt = /^prompts\/([^/]+)\/[^/]*\.v(\d+)\.prompt$/.exec(path);
    if (prompt)
        return markPrompt(prompt[1], Number(prompt[2]), path, uses, mark);
    const releases = /^prompts\/([^/]+)\/releases\.ya?ml$/.exec(path);
    if (releases)
        return markReleases(releases[1], uses, mark);
    const policy = /^policies\/([^/]+)\/([^/]+)\.ya?ml$/.exec(path);
    if (policy) {
        for (const c of uses.campaigns)
            if (policy[1] in c.policies)
                mark("campaigns", c.id, `${path} changed (${policy[1]} policy it uses)`);
        return;
    }
    const source = /^sources\/([^/]+)\.ya?ml$/.exec(path);
    if (source) {
        for (const c of uses.campaigns)
            if (c.sources.includes(source[1]))
                mark("campaigns", c.id, `${path} changed (a source it reads)`);
        return;
    }
    for (const c of uses.campaigns) {
        if (path.startsWith(`${c.dir}/`))
            mark("campaigns", c.id, `${path} changed`);
        else if (c.sourceFiles.includes(path))
            mark("campaigns", c.id, `${path} changed (data it reads)`);
    }
}
function markPrompt(workflow, version, path, uses, mark) {
    mark("workflows", workflow, `${path} changed`);
    const production = uses.production[workflow]?.head ?? null;
    for (const c of uses.campaigns) {
        if (c.workflow !== workflow)
            continue;
        const pinned = promptPin(c.prompt);
        if (pinned === version || (pinned === "production" && production === version)) {
            mark("campaigns", c.id, `${path} changed (the prompt version it uses)`);
        }
    }
}
function markReleases(workflow, uses, mark) {
    const production = uses.production[workflow];
    if (!production || production.base === production.head)
        return;
    const move = `production ${production.base === null ? "set" : `v${production.base} →`} v${production.head}`;
    mark("workflows", workflow, `prompts/${workflow}/releases.yaml: ${move}`);
    for (const c of uses.campaigns) {
        if (c.workflow === workflow && promptPin(c.prompt) === "production")
            mark("campaigns", c.id, `prompts/${workflow}/releases.yaml: ${move}`);
    }
}
function promptPin(ref) {
    const pin = ref.split("@")[1] ?? "";
    if (pin === "production")
        return "production";
    return /^v?\d+$/.test(pin) ? Number(pin.replace("v", "")) : null;
}
/**
 * A production move compares the new production version with the old one; otherwise the
 * highest changed prompt version is the candidate against today's production.
 */
function suiteComparison(workflow, changed, uses) {
    const production = uses.production[workflow];
    if (production?.head != null && production.base != null && production.base !== production.head) {
        return { candidate: production.head, baseline: production.base };
    }
    const versions = changed
        .filter((f) => f.status !== "removed")
        .map((f) => new RegExp(`^prompts/${workflow}/[^/]*\\.v(\\d+)\\.prompt$`).exec(f.filename))
        .flatMap((m) => (m ? [Number(m[1])] : []));
    if (versions.length === 0)
        return null;
    return { candidate: Math.max(...versions), baseline: "production" };
}

export function sortProblems(problems) {
    const unique = new Map(problems.map((p) => [`${p.path}\0${p.line}\0${p.col}\0${p.message}`, p]));
    return [...unique.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
export function formatProblem(problem) {
    return `${problem.path}:${problem.line}:${problem.col}: ${problem.message}`;
}
/** A GitHub workflow command; data and properties escaped as the runner expects. */
export function formatGithubAnnotation(problem) {
    const data = problem.message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    const property = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
    return `::error file=${property(problem.path)},line=${problem.line},col=${problem.col}::${data}`;
}
export function summaryLine(problems, filesChecked) {
    if (problems.length === 0)
        return `ok: ${filesChecked} file${filesChecked === 1 ? "" : "s"} checked`;
    const files = new Set(problems.map((p) => p.path)).size;
    return `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
}

export function unifiedDiff(before, after, beforeLabel, afterLabel, context = 3) {
    const edits = lineEdits(splitLines(before), splitLines(after));
    if (edits.every((e) => e.kind === " "))
        return "";
    const hunks = groupHunks(edits, context).map(formatHunk);
    return [`--- ${beforeLabel}`, `+++ ${afterLabel}`, ...hunks].join("\n") + "\n";
}
function splitLines(text) {
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "")
        lines.pop();
    return lines;
}
/** Longest common subsequence by dynamic programming: prompt files are a few hundred lines at most. */
function lineEdits(a, b) {
    const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const edits = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j])
            edits.push({ kind: " ", line: a[i], a: i++, b: j++ });
        // Deletions first on a tie, as diff -u prints them.
        else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1]))
            edits.push({ kind: "-", line: a[i], a: i++, b: j });
        else
            edits.push({ kind: "+", line: b[j], a: i, b: j++ });
    }
    return edits;
}
function groupHunks(edits, context) {
    const changed = edits.map((e, index) => (e.kind === " " ? -1 : index)).filter((index) => index >= 0);
    const hunks = [];
    let start = -1;
    let end = -1;
    for (const index of changed) {
        if (start >= 0 && index - end - 1 <= 2 * context) {
            end = index;
            continue;
        }
        if (start >= 0)
            hunks.push(edits.slice(Math.max(0, start - context), end + context + 1));
        start = index;
        end = index;
    }
    if (start >= 0)
        hunks.push(edits.slice(Math.max(0, start - context), end + context + 1));
    return hunks;
}
function formatHunk(hunk) {
    const before = hunk.filter((e) => e.kind !== "+");
    const after = hunk.filter((e) => e.kind !== "-");
    const first = hunk[0];
    const range = (count, startLine) => `${count === 0 ? startLine : startLine + 1}${count === 1 ? "" : `,${count}`}`;
    const header = `@@ -${range(before.length, first.a)} +${range(after.length, first.b)} @@`;
    return [header, ...hunk.map((e) => `${e.kind}${e.line}`)].join("\n");
}

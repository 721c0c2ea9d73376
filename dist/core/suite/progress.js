const BAR_WIDTH = 30;
/** "[##########--------------------] 80/240 runs · 12 cached · 0 errors" (no newline: redrawn with \r). */
export function progressBar(progress) {
    const share = progress.total === 0 ? 1 : progress.done / progress.total;
    const filled = Math.round(share * BAR_WIDTH);
    return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${progress.done}/${progress.total} runs · ${progress.cached} cached · ${progress.errors} errors`;
}
/** A line at each 10% step (and the last run), else null: CI logs stay short for 10,000 cases. */
export function progressLine(progress) {
    const step = Math.max(1, Math.ceil(progress.total / 10));
    if (progress.done !== progress.total && progress.done % step !== 0)
        return null;
    const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
    return `eval: ${progress.done}/${progress.total} runs (${percent}%), ${progress.cached} cached, ${progress.errors} errors`;
}

export function splitPromptFile(text) {
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    if (lines[0]?.trim() !== "---")
        return null;
    const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
    if (close < 0)
        return null;
    return {
        frontmatter: lines.slice(1, close).join("\n"),
        frontmatterLineOffset: 1,
        template: lines.slice(close + 1).join("\n"),
        templateLineOffset: close + 1,
    };
}

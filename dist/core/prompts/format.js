const HASH_PREFIX = "sha256:".length + 12;
/** `copygate prompts list`: one row per version, aligned columns, production marked with "*". */
export function formatPromptTable(registry) {
    const header = ["WORKFLOW", "VERSION", "STATUS", "DATE", "PRODUCTION", "HASH"];
    const rows = registry.workflows().flatMap((workflow) => {
        const releases = registry.releases(workflow);
        return registry.versions(workflow).map((v) => {
            const entry = releases.history.find((h) => h.version === v.version);
            return [workflow, `v${v.version}`, entry?.status ?? "-", entry ? String(entry.date) : "-", v.version === releases.production ? "*" : "", v.hash.slice(0, HASH_PREFIX)];
        });
    });
    return alignColumns([header, ...rows]);
}
function alignColumns(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd()).join("\n") + "\n";
}
/** `copygate prompts show <ref>`: what a reviewer needs before reading the template. */
export function formatPromptSummary(version, releases) {
    const entry = releases.history.find((h) => h.version === version.version);
    const config = Object.entries(version.config).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(", ") || "(none)";
    const lines = [
        `${version.ref}${version.version === releases.production ? " (production)" : ""}`,
        field("file", version.path),
        field("hash", version.hash),
        field("status", entry ? `${entry.status}, ${String(entry.date)}: ${entry.note}` : "not in releases.yaml history"),
        field("model", version.model),
        field("config", config),
        ...(version.description ? [field("description", version.description)] : []),
        field("input", schemaFields(version.inputSchema)),
        field("output", schemaFields(version.outputSchema)),
        "",
        "--- template ---",
        version.template.replace(/\n+$/, ""),
    ];
    return `${lines.join("\n")}\n`;
}
function field(name, value) {
    return `${`${name}:`.padEnd(13)}${value}`;
}
/** "brand_name, brief*, …": top-level fields, required ones marked with *. */
function schemaFields(schema) {
    const { properties, required } = schema;
    const names = Object.keys(properties ?? {});
    if (names.length === 0)
        return "(no fields)";
    return `${names.map((n) => (required?.includes(n) ? `${n}*` : n)).join(", ")}  (* required)`;
}
/** `copygate prompts render`: each message under a `--- role ---` line, exactly as sent. */
export function formatMessages(messages) {
    return messages.map((m) => `--- ${m.role} ---\n${m.content}\n`).join("\n");
}

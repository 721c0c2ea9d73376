import { closedObject, described, isoDate, SCHEMA_DIALECT, schemaId, text } from "./common.js";
const version = { type: "integer", minimum: 1 };
export const releasesSchema = {
    $schema: SCHEMA_DIALECT,
    $id: schemaId("releases"),
    title: "copygate prompt releases (prompts/<workflow>/releases.yaml)",
    ...closedObject({
        workflow: { type: "string", pattern: "^[a-z0-9_]+$" },
        production: described("The version campaigns get with workflow@production. Rolling back is reverting the commit that moved it.", version),
        fallback_template: {
            description: "The approved template used when generation fails: a file in this folder.", type: "string", pattern: "^[A-Za-z0-9_.-]+\\.(hbs|yaml)$"
        },
        history: {
            description: "Every version with its date, what changed and its status: approved, archived or candidate.",
            type: "array",
            minItems: 1,
            items: closedObject({ version, date: isoDate, note: text, status: { enum: ["approved", "archived", "candidate"] } }, ["version", "date", "note", "status"]),
        },
        promotion: closedObject({
            suite: text,
            datasets: { type: "array", items: text, minItems: 1 },
            criteria: {
                type: "array",
                items: closedObject({ metric: text, op: { enum: [">", ">=", "<", "<=", "=="] }, value: { type: "number" }, label: text }, ["metric", "op", "value", "label"]),
            },
        }, ["suite", "datasets", "criteria"]),
    }, ["workflow", "production", "history"]),
};

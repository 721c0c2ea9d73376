import { closedObject, count, SCHEMA_DIALECT, schemaId } from "./common.js";
/** One JSONL row of datasets/<workflow>/*.jsonl; `input` is checked against the workflow's production input schema. */
export const datasetRowSchema = {
    $schema: SCHEMA_DIALECT,
    $id: schemaId("dataset-row"),
    title: "copygate dataset row (one line of datasets/<workflow>/*.jsonl)",
    ...closedObject({
        id: { type: "string", pattern: "^[a-z0-9_-]+$" },
        input: { type: "object" },
        reviewer_decision: { enum: ["approved", "rejected", null] },
        outcome: {
            anyOf: [{ type: "null" }, closedObject({ sent: count, upgrades: count, unsubscribes: count }, ["sent", "upgrades", "unsubscribes"])],
        },
    }, ["id", "input"]),
};

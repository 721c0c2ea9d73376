import { closedObject, SCHEMA_DIALECT, schemaId, text } from "./common.js";
/** The Dotprompt frontmatter copygate relies on; dotted extension keys (e.g. `copygate.owner`) stay allowed. */
export const promptFrontmatterSchema = {
    $schema: SCHEMA_DIALECT,
    $id: schemaId("prompt-frontmatter"),
    title: "copygate prompt frontmatter (the YAML between --- lines of a .prompt file)",
    type: "object",
    required: ["name", "model", "input", "output"],
    propertyNames: { pattern: "^(name|variant|version|description|model|config|input|output|tools|metadata|[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]+)$" },
    properties: {
        name: { type: "string", pattern: "^[a-z0-9_]+$" },
        variant: text,
        version: { type: "string", pattern: "^[0-9]+$" },
        description: text,
        model: text,
        config: {
            type: "object",
            properties: { temperature: { type: "number", minimum: 0, maximum: 2 }, maxOutputTokens: { type: "integer", minimum: 1 } },
        },
        input: closedObject({ schema: { type: "object" }, default: { type: "object" } }, ["schema"]),
        output: closedObject({ format: { enum: ["json", "text"] }, schema: { type: "object" } }, ["format"]),
        tools: { type: "array", items: text },
        metadata: { type: "object" },
    },
};

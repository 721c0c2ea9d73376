import { STANDARD_CONTEXT } from "../brief/index.js";
/** Is `path` declared in a JSON Schema's properties (or allowed by additionalProperties)? */
export function declaredInSchema(schema, path) {
    let node = schema;
    for (const segment of path) {
        if (!node || typeof node !== "object")
            return false;
        const next = node.properties?.[segment];
        if (next !== undefined) {
            node = next;
            continue;
        }
        // A free-form object (no properties listed, extra keys allowed) declares whatever sits inside it.
        return !node.properties && node.additionalProperties !== false && node.type !== "string" && node.type !== "array";
    }
    return true;
}
/** Does every campaign's standard context (buildPromptInput) supply `path`? */
export function suppliedByCampaign(path) {
    const [top, nested] = path;
    if (top === undefined || !(top in STANDARD_CONTEXT))
        return false;
    const keys = STANDARD_CONTEXT[top];
    return keys === null || keys === undefined || nested === undefined || keys.includes(nested);
}
export function standardContextNames() {
    return Object.entries(STANDARD_CONTEXT).map(([key, nested]) => (nested ? `${key}.{${nested.join(",")}}` : key)).join(", ");
}
/** Required fields of an input schema, two levels deep, as paths. */
export function requiredPaths(schema) {
    const paths = [];
    const walk = (node, prefix) => {
        const { required, properties } = (node ?? {});
        if (!Array.isArray(required))
            return;
        for (const key of required.map(String)) {
            paths.push([...prefix, key]);
            if (prefix.length === 0)
                walk(properties?.[key], [key]);
        }
    };
    walk(schema, []);
    return paths;
}

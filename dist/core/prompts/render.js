import { Dotprompt } from "dotprompt";
import { InputError } from "../errors.js";
const dotprompt = new Dotprompt();
/**
 * Each version's source is parsed and compiled once, keyed by the source text itself: the YAML
 * frontmatter and the Handlebars template cost ~25× the render itself, and a suite renders a
 * version once a case.
 */
const compiled = new Map();
function compiledFor(version) {
    let render = compiled.get(version.source);
    if (!render) {
        render = dotprompt.compile(version.source);
        compiled.set(version.source, render);
    }
    return render;
}
/** Renders a version against its input to the exact chat messages sent to an OpenAI-style API. */
export async function renderPrompt(version, input) {
    let rendered;
    try {
        rendered = await (await compiledFor(version))({ input: selectDeclaredInput(version.inputSchema, input) });
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        throw new InputError(`cannot render ${version.ref}: ${reason}`, { file: version.path, hint: `run copygate validate ${version.path}` });
    }
    return rendered.messages.map(toChatMessage).filter((m) => m.content !== "");
}
/**
 * Keeps only the top-level keys the input schema declares: the standard context carries more
 * (e.g. channel) than each prompt uses, and schemas with additionalProperties:false would reject it.
 */
export function selectDeclaredInput(inputSchema, input) {
    const properties = inputSchema.properties;
    if (!properties)
        return input;
    return Object.fromEntries(Object.entries(input).filter(([key]) => key in properties));
}
function toChatMessage(message) {
    const role = message.role === "model" ? "assistant" : message.role === "system" ? "system" : "user";
    const content = message.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
    return { role, content: content.trim() };
}

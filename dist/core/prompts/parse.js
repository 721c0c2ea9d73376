import { Dotprompt } from "dotprompt";
import { LineCounter, parseDocument } from "yaml";
import { InputError } from "../errors.js";
import { sha256 } from "../hash.js";
import { splitPromptFile } from "./file.js";
const dotprompt = new Dotprompt();
/** Parses one .prompt file's text into a PromptVersion; the caller has already checked the file name. */
export function parsePromptVersion(workflow, version, path, source) {
    assertFrontmatterParses(path, source);
    let parsed;
    try {
        parsed = dotprompt.parse(source);
    }
    catch (error) {
        throw new InputError(`cannot parse the prompt: ${firstLine(error)}`, { file: path, hint: "run copygate validate for the exact line" });
    }
    const model = parsed.model;
    if (typeof model !== "string" || model === "") {
        throw new InputError("the prompt names no model", { file: path, field: "model", hint: "add `model: openai/gpt-4.1` to the frontmatter" });
    }
    return {
        workflow,
        version,
        ref: `${workflow}@${version}`,
        path,
        hash: `sha256:${sha256(source)}`,
        name: parsed.name ?? workflow,
        ...(parsed.description ? { description: parsed.description } : {}),
        model,
        config: (parsed.config ?? {}),
        inputSchema: (parsed.input?.schema ?? {}),
        outputSchema: (parsed.output?.schema ?? {}),
        template: parsed.template,
        source,
    };
}
/** dotprompt logs a YAML error (with a stack) and carries on with empty metadata: catch it first, with its line. */
function assertFrontmatterParses(path, source) {
    const parts = splitPromptFile(source);
    if (!parts) {
        throw new InputError("the prompt has no frontmatter between --- lines", { file: path, line: 1, col: 1, hint: "run copygate validate for details" });
    }
    const lineCounter = new LineCounter();
    const error = parseDocument(parts.frontmatter, { lineCounter, prettyErrors: false }).errors[0];
    if (error) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        throw new InputError(`cannot parse the prompt: YAML syntax error in the frontmatter: ${firstLine(error)}`, { file: path, line: line + parts.frontmatterLineOffset, col });
    }
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

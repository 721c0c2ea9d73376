import { InputError } from "../errors.js";
const REF = /^([a-z0-9_][a-z0-9_-]*)(?:@(production|\d+)|:v(\d+))$/i;
/** Parses `wf@production`, `wf@8` or `wf:v8` (the trace spelling). */
export function parsePromptRef(ref) {
    const match = REF.exec(ref.trim());
    if (!match) {
        throw new InputError(`"${ref}" is not a prompt reference`, {
            field: "prompt",
            hint: "write workflow@production, workflow@8 or workflow:v8",
        });
    }
    const [, workflow = "", atSelector, colonNumber] = match;
    if (atSelector?.toLowerCase() === "production")
        return { workflow, selector: "production" };
    return { workflow, selector: Number(atSelector ?? colonNumber) };
}
/** `trial_expiration_email.v7.prompt` → 7; null for any other name. */
export function versionFromFileName(workflow, fileName) {
    const match = /^(.+)\.v(\d+)\.prompt$/.exec(fileName);
    if (!match || match[1] !== workflow)
        return null;
    return Number(match[2]);
}

import { writeAds, HEADLINE_MAX } from "./ads.js";
import { ctaText, sentence, writeEmail } from "./email.js";
export function writeForSchema(schema, brief, choose, promptText) {
    const root = (schema && typeof schema === "object" ? schema : guessSchema(promptText));
    const props = root.properties ?? {};
    const known = {};
    if ("subject_lines" in props || "email_body" in props)
        Object.assign(known, writeEmail(brief, choose));
    if ("headlines" in props || "descriptions" in props) {
        Object.assign(known, writeAds(brief, choose, {
            headlines: arrayCount(props.headlines, 10),
            descriptions: arrayCount(props.descriptions, 3),
        }));
    }
    const out = {};
    for (const name of Object.keys(props)) {
        const isRequired = (root.required ?? Object.keys(props)).includes(name);
        if (name in known)
            out[name] = known[name];
        else if (isRequired)
            out[name] = fill(name, props[name] ?? {}, brief, choose);
    }
    return out;
}
function arrayCount(schema, preferred) {
    const min = schema?.minItems ?? 0;
    const max = schema?.maxItems ?? preferred;
    return Math.max(min, Math.min(max, preferred));
}
/** json_object mode carries no schema: read the keys from the prompt the way a model would. */
function guessSchema(promptText) {
    const string = { type: "string" };
    const strings = { type: "array", items: string };
    if (/subject_lines/.test(promptText)) {
        return { properties: { subject_lines: { ...strings, minItems: 3, maxItems: 3 }, preview_text: string, email_body: string, cta_text: string, rationale: string, risk_flags: strings } };
    }
    if (/headlines/.test(promptText)) {
        return { properties: { headlines: { ...strings, maxLength: HEADLINE_MAX }, descriptions: { ...strings, maxItems: 4 } } };
    }
    return { properties: { text: string } };
}
function fill(name, schema, brief, choose) {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (schema.enum && schema.enum.length > 0)
        return schema.enum[0];
    // A careful model flags nothing on clean copy; the risky injection is what the evals must catch.
    if (/risk_flags|^flags$/i.test(name))
        return [];
    if (type === "array") {
        const count = Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3));
        return Array.from({ length: count }, (_, i) => fill(`${name}_${i}`, schema.items ?? { type: "string" }, brief, choose));
    }
    if (type === "object") {
        const out = {};
        for (const [key, child] of Object.entries(schema.properties ?? {}))
            out[key] = fill(key, child, brief, choose);
        return out;
    }
    if (type === "number" || type === "integer")
        return schema.minimum ?? 0;
    if (type === "boolean")
        return false;
    return clip(textFor(name, brief, choose), schema.maxLength);
}
const DISPLAY_PATHS = ["Dashboards", "Reports", "Team-Plan"];
function textFor(name, brief, choose) {
    const pathIndex = /^paths?_(\d+)$/.exec(name)?.[1];
    if (pathIndex !== undefined)
        return DISPLAY_PATHS[Number(pathIndex) % DISPLAY_PATHS.length];
    if (/cta|call_to_action/i.test(name))
        return ctaText(brief);
    if (/headline|title|subject|heading/i.test(name))
        return choose.pick([`Keep what you built in ${brief.brandName}`, `${brief.brandName} for your team`]);
    if (/rationale|reason/i.test(name))
        return "Written from the brief's key message and approved claims only.";
    const claims = brief.approvedClaims.length > 0 ? choose.sample(brief.approvedClaims, 1) : [];
    return [sentence(brief.keyMessage), ...claims.map(sentence)].filter(Boolean).join(" ") || `${brief.brandName} dashboards and reports.`;
}
function clip(text, maxLength) {
    if (maxLength === undefined || text.length <= maxLength)
        return text;
    const cut = text.slice(0, maxLength);
    const lastSpace = cut.lastIndexOf(" ");
    return (lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "");
}

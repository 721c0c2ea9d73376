/** CRM free text is data about an account, never instructions: cap it and strip anything tag-like. */
export const FREE_TEXT_MAX_CHARS = 500;
// Any <tag>, </tag> or <tag attr="…"> — the prompt fences free text with tags, so text must not close or open one.
const TAG = /<\s*\/?\s*[A-Za-z_][\w:.-]*[^<>]*>/g;
export function sanitizeFreeText(text, maxChars = FREE_TEXT_MAX_CHARS) {
    let cleaned = text;
    // Repeat until stable so nested fragments like "<crm_<x>notes>" cannot reassemble into a tag.
    for (let previous = ""; previous !== cleaned;) {
        previous = cleaned;
        cleaned = cleaned.replace(TAG, "");
    }
    cleaned = cleaned.replace(/[<>]/g, "").replace(/\s+/g, " ").trim();
    return cleaned.length > maxChars ? `${cleaned.slice(0, maxChars - 1).trimEnd()}…` : cleaned;
}

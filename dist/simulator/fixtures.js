/**
 * Test fixtures shared by the simulator and generator tests: the real v7 prompt file rendered with
 * dotprompt from the Lumora example world, so the simulator is exercised on the prompts it will
 * really receive (not on strings written to suit it).
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Dotprompt } from "dotprompt";
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const promptPath = (version) => join(ROOT, `prompts/trial_expiration_email/trial_expiration_email.v${version}.prompt`);
export function lumoraInput(audience = {}) {
    return {
        brand_name: "Lumora",
        brief: {
            goal: "Convert trial users whose 14-day Team trial ends in 3 days to a paid Team plan.",
            key_message: "Keep everything you built during the trial by upgrading before it ends.",
            cta_text: "Upgrade to Team",
            deadline_text: "Your trial ends on 2026-06-04.",
        },
        offer: { code: "TEAM20", summary: "20% off the first 3 months of the Team plan", expires_text: "2026-12-31 23:59 UTC" },
        approved_claims: [
            "Upgrading keeps every dashboard, query and alert created during the trial.",
            "On the Team plan, dashboards can be shared with unlimited viewers.",
            "Scheduled reports can be delivered by email or Slack.",
            "Most teams connect their first data source in under 10 minutes.",
        ],
        legal_rules: [
            "No guarantee language.",
            '"Free" only in "free trial".',
            "No security, compliance or certification claims unless an approved claim states them.",
            "No competitor names.",
            "No prices or percentages other than those in the offer and the approved claims.",
            "Every marketing email includes unsubscribe-safe language and the physical mailing address.",
        ],
        brand_voice: "Clear, specific, practical; second person; no hype.",
        banned_words: ["revolutionary", "game-changer", "game-changing", "synergy", "best-in-class", "world-class", "cutting-edge", "supercharge"],
        audience: { variant: "personalized", role: "admin", plan_name: "Team trial", usage_summary: "12 dashboards, 80 queries, 3 teammates invited", ...audience },
        footer: { unsubscribe_text: "You can unsubscribe at any time.", postal_address: "Lumora Inc., 500 Harbor Street, Suite 12, Portland, OR 97204" },
    };
}
export async function renderTrialPrompt(input = lumoraInput(), version = 7) {
    const source = await readFile(promptPath(version), "utf8");
    const dotprompt = new Dotprompt();
    const rendered = await dotprompt.render(source, { input });
    const parsed = dotprompt.parse(source);
    const messages = rendered.messages.map((message) => ({
        role: message.role === "model" ? "assistant" : message.role,
        content: message.content.map((part) => ("text" in part ? part.text : "")).join(""),
    }));
    return { messages, outputSchema: parsed.output?.schema };
}

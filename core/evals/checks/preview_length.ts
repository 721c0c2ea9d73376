import type { Check } from "../types.ts";
import { charCount, rawStringField, visibleText } from "../text.ts";

/** Preview text long enough to show in the inbox and short enough not to be cut off. */
export const previewLength: Check = {
  label: "Preview text length",
  owner: "channel",
  channels: ["email"],
  run(draft, ctx) {
    if (ctx.channel.kind !== "email") return { status: "skipped", message: "Not an email channel." };
    const { preview_min_chars: min, preview_max_chars: max } = ctx.channel;
    // Counted in the characters a reader sees: "…" stays one, a zero-width space counts none (invisible_characters flags it).
    const preview = rawStringField(draft, "preview_text");
    const length = charCount(visibleText(preview).trim());
    if (length >= min && length <= max) {
      return { status: "pass", message: `The preview text is ${length} characters (${min}–${max}).` };
    }
    const advice = length < min ? "lengthen it" : "shorten it";
    return {
      status: "fail",
      message: `The preview text is ${length} characters; it must be ${min}–${max}, so ${advice}.`,
      evidence: [preview],
    };
  },
};

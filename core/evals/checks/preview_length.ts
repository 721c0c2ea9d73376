import type { Check } from "../types.ts";
import { charCount, rawStringField } from "../text.ts";

/** Preview text long enough to show in the inbox and short enough not to be cut off. */
export const previewLength: Check = {
  label: "Preview text length",
  owner: "channel",
  channels: ["email"],
  run(draft, ctx) {
    if (ctx.channel.kind !== "email") return { status: "skipped", message: "Not an email channel." };
    const { preview_min_chars: min, preview_max_chars: max } = ctx.channel;
    // Counted as written: the inbox shows (and truncates) every character, invisible ones included.
    const preview = rawStringField(draft, "preview_text");
    const length = charCount(preview.trim());
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

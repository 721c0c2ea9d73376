import type { Check } from "../types.ts";
import { compileRules } from "../grounding-rules.ts";
import { copySentences, quoteSentence as describeQuote } from "../sentences.ts";
import { findAll, quoted, unique } from "../text.ts";

/** Leftovers of the model writing about itself, its instructions or the draft ("Here's the email you asked for:"). */
export const selfReference: Check = {
  label: "Model self-reference",
  owner: "safety",
  channels: "all",
  run(draft, ctx) {
    if (!ctx.policies.grounding) return { status: "skipped", message: "No approved grounding rules (policies/grounding/grounding_vN.yaml): self-reference was not checked." };
    const patterns = compileRules(ctx.policies.grounding).selfReference;
    const hits = copySentences(draft).flatMap((s) => {
      const match = patterns.flatMap((p) => findAll(p, s.text))[0];
      return match ? [{ sentence: s, phrase: match.text }] : [];
    });
    if (hits.length === 0) return { status: "pass", message: "The copy never speaks as the model or about its instructions." };
    return {
      status: "fail",
      message: `The copy speaks as the model or about its instructions (${quoted(unique(hits.map((h) => h.phrase)))}); remove ${describeQuote(hits[0]?.sentence.text ?? "")} before it reaches a recipient.`,
      evidence: hits.map((h) => `${h.sentence.field}: ${describeQuote(h.sentence.text)}`),
    };
  },
};

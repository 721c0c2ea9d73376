import type { Check } from "../types.ts";
import { excerpt, humanList, publishableSegments, unique } from "../text.ts";
import { maskValue, personalDataIn, redactPersonalData } from "../personal-data.ts";

/**
 * No personal data in copy: an e-mail address, a phone number or a value from a personal-data
 * source. The legal footer's postal address is the company's, not a person's, and is not looked at.
 */
export const personalData: Check = {
  label: "Personal data",
  owner: "legal",
  channels: "all",
  run(draft, ctx) {
    const source = ctx.personalData ?? [];
    const hits = publishableSegments(draft).flatMap((segment) =>
      personalDataIn(segment.text, source).map((hit) => ({ hit, evidence: `${segment.field}: ${redactPersonalData(excerpt(segment.text, hit.index, hit.text.length), source)}` })),
    );
    if (hits.length === 0) return { status: "pass", message: "No e-mail address, phone number or recipient data in the copy." };
    const kinds = humanList(unique(hits.map((h) => `${h.hit.kind} (${maskValue(h.hit.text)})`)));
    return {
      status: "fail",
      message: `The copy contains personal data: ${kinds}; remove it (a reply goes to the sender address, and personal details come from the platform's merge fields at send time).`,
      evidence: unique(hits.map((h) => h.evidence)),
    };
  },
};

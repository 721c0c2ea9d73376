import type { SimBrief } from "./brief.ts";
import type { Choices } from "./random.ts";
/**
 * Conservative lifecycle-email copy written only from the brief: the approved claims word for word,
 * the offer as given, one call to action, the footer last. No numbers of its own, no exclamation
 * marks, no superlatives — a careful model on a good day.
 */
export interface EmailCopy {
    subject_lines: string[];
    preview_text: string;
    email_body: string;
    cta_text: string;
    rationale: string;
    risk_flags: string[];
}
export declare function writeEmail(brief: SimBrief, choose: Choices): EmailCopy;
export declare function ctaText(brief: SimBrief): string;
/** Capitalised, ending in one full stop. */
export declare function sentence(text: string): string;

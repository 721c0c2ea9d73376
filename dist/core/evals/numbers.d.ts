/** Numbers in copy, each with the unit that gives it meaning ("10 minutes", "20%", "3x"). */
export interface NumberMention {
    text: string;
    index: number;
    value: number;
    /** Normalized unit: "%", "x", "$", "minute", "day", … or a noun ("dashboard"); "" when none. */
    unit: string;
}
/** Units whose number is a claim in itself: "3x", "40%", "24 hours". They must match exactly. */
export declare const STRICT_UNITS: Set<string>;
export declare function normalizeUnit(word: string | undefined): string;
export declare function numberMentions(text: string): NumberMention[];
/** A number is supported when a trusted text states it with the same strict unit, or at all for nouns. */
export declare function isSupportedNumber(mention: NumberMention, trusted: NumberMention[]): boolean;

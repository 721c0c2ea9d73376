/**
 * Reads the campaign brief back out of a rendered prompt, the way a model would: by the labels the
 * Dotprompt templates print ("Goal:", "Offer: … with code …, valid until …", the approved-claims
 * list, the footer sentence). Unknown or missing parts stay empty, so any prompt still gets copy.
 */
export interface SimBrief {
    brandName: string;
    goal: string;
    keyMessage: string;
    ctaText: string;
    deadlineText: string;
    offer: {
        summary: string;
        code: string;
        expiresText: string;
    } | null;
    approvedClaims: string[];
    bannedWords: string[];
    legalRules: string[];
    unsubscribeText: string;
    postalAddress: string;
    variant: "personalized" | "generic";
    role: string;
    planName: string;
    usageSummary: string;
    /** The prompt asks to open with what the upgrade is worth to the reader's role (v8's instruction). */
    roleValueOpening: boolean;
    /** Present only so the simulator can prove it never obeys it; it is never copied into output. */
    crmNotes: string;
}
export interface ChatMessageLike {
    role: string;
    content: unknown;
}
export declare function readBrief(messages: ChatMessageLike[]): SimBrief;

/** CRM free text is data about an account, never instructions: cap it and strip anything tag-like. */
export declare const FREE_TEXT_MAX_CHARS = 500;
export declare function sanitizeFreeText(text: string, maxChars?: number): string;

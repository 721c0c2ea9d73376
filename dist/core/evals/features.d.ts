/** Integrations and product features copy can claim; each must trace to an approved claim. */
/** Tools a data product is commonly said to connect to; a name here is an integration claim. */
export declare const KNOWN_INTEGRATIONS: string[];
export declare function integrationNames(text: string): {
    name: string;
    index: number;
}[];
/** Feature claims a B2B dashboard product is tempted to make; each needs an approved claim. */
export declare const FEATURE_CLAIMS: {
    label: string;
    pattern: RegExp;
}[];
export declare function featureMentions(text: string): {
    label: string;
    text: string;
    index: number;
}[];

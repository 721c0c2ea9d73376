export interface RenderedTrialPrompt {
    messages: {
        role: "system" | "user" | "assistant";
        content: string;
    }[];
    outputSchema: Record<string, unknown>;
}
export declare function lumoraInput(audience?: Record<string, string>): Record<string, unknown>;
export declare function renderTrialPrompt(input?: Record<string, unknown>, version?: number): Promise<RenderedTrialPrompt>;

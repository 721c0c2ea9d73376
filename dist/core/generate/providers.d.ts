/**
 * The providers registry: a model reference "provider/model" picks its adapter here. A new provider
 * is one new file plus one line below. "openai" covers every OpenAI-compatible base URL.
 */
import { openAiProvider } from "./openai-provider.ts";
export declare const PROVIDERS: {
    openai: typeof openAiProvider;
};
export type ProviderName = keyof typeof PROVIDERS;
/**
 * "openai/gpt-4.1" → openai + gpt-4.1. A prefix that is not a registered provider stays part of the
 * model name ("meta-llama/llama-3" on an OpenAI-compatible gateway), served by the openai provider.
 */
export declare function parseModelRef(ref: string): {
    provider: ProviderName;
    model: string;
};

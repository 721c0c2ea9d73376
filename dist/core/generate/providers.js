/**
 * The providers registry: a model reference "provider/model" picks its adapter here. A new provider
 * is one new file plus one line below. "openai" covers every OpenAI-compatible base URL.
 */
import { openAiProvider } from "./openai-provider.js";
export const PROVIDERS = {
    openai: openAiProvider,
};
/**
 * "openai/gpt-4.1" → openai + gpt-4.1. A prefix that is not a registered provider stays part of the
 * model name ("meta-llama/llama-3" on an OpenAI-compatible gateway), served by the openai provider.
 */
export function parseModelRef(ref) {
    const slash = ref.indexOf("/");
    if (slash > 0) {
        const prefix = ref.slice(0, slash);
        if (prefix in PROVIDERS)
            return { provider: prefix, model: ref.slice(slash + 1) };
    }
    return { provider: "openai", model: ref };
}

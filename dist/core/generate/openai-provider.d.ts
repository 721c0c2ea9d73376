import type { Provider, ProviderConnection, ProviderFailure } from "./provider.ts";
export declare function openAiProvider(connection: ProviderConnection): Provider;
export declare function classifyOpenAiError(error: unknown): ProviderFailure;

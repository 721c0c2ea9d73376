/** Is `path` declared in a JSON Schema's properties (or allowed by additionalProperties)? */
export declare function declaredInSchema(schema: unknown, path: string[]): boolean;
/** Does every campaign's standard context (buildPromptInput) supply `path`? */
export declare function suppliedByCampaign(path: string[]): boolean;
export declare function standardContextNames(): string;
/** Required fields of an input schema, two levels deep, as paths. */
export declare function requiredPaths(schema: unknown): string[][];

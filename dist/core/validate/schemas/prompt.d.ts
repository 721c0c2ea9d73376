/** The Dotprompt frontmatter copygate relies on; dotted extension keys (e.g. `copygate.owner`) stay allowed. */
export declare const promptFrontmatterSchema: {
    $schema: string;
    $id: string;
    title: string;
    type: string;
    required: string[];
    propertyNames: {
        pattern: string;
    };
    properties: {
        name: {
            type: string;
            pattern: string;
        };
        variant: {
            readonly type: "string";
            readonly minLength: 1;
        };
        version: {
            type: string;
            pattern: string;
        };
        description: {
            readonly type: "string";
            readonly minLength: 1;
        };
        model: {
            readonly type: "string";
            readonly minLength: 1;
        };
        config: {
            type: string;
            properties: {
                temperature: {
                    type: string;
                    minimum: number;
                    maximum: number;
                };
                maxOutputTokens: {
                    type: string;
                    minimum: number;
                };
            };
        };
        input: Record<string, unknown>;
        output: Record<string, unknown>;
        tools: {
            type: string;
            items: {
                readonly type: "string";
                readonly minLength: 1;
            };
        };
        metadata: {
            type: string;
        };
    };
};

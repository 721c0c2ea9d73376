export declare const sourceSchema: {
    $schema: string;
    $id: string;
    title: string;
    type: string;
    required: string[];
    properties: {
        kind: {
            enum: string[];
        };
    };
    if: {
        properties: {
            kind: {
                const: string;
            };
        };
    };
    then: Record<string, unknown>;
    else: {
        if: {
            properties: {
                kind: {
                    const: string;
                };
            };
        };
        then: Record<string, unknown>;
        else: Record<string, unknown>;
    };
};

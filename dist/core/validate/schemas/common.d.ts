/** Building blocks shared by the published schemas. Plain objects, so they serialize to JSON Schema as-is. */
export declare const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
export declare const schemaId: (name: string) => string;
export declare const text: {
    readonly type: "string";
    readonly minLength: 1;
};
export declare const textList: {
    readonly type: "array";
    readonly items: {
        readonly type: "string";
        readonly minLength: 1;
    };
};
export declare const count: {
    readonly type: "integer";
    readonly minimum: 0;
};
export declare const isoDate: {
    readonly type: "string";
    readonly format: "date";
};
export declare const isoDateTime: {
    readonly type: "string";
    readonly format: "date-time";
};
export declare const dateOrDateTime: {
    readonly anyOf: readonly [{
        readonly type: "string";
        readonly format: "date";
    }, {
        readonly type: "string";
        readonly format: "date-time";
    }];
};
export declare const riskLevel: {
    readonly enum: readonly ["low", "medium", "high"];
};
export declare const verdict: {
    readonly enum: readonly ["pass", "review", "fail"];
};
export declare const checkStatus: {
    readonly enum: readonly ["pass", "warn", "fail", "skipped"];
};
export declare const sha256Hash: {
    readonly type: "string";
    readonly pattern: "^sha256:[0-9a-f]{64}$";
};
/** An object that names every field it allows: a typo becomes an "unknown field" problem. */
export declare function closedObject(properties: Record<string, unknown>, required?: string[]): Record<string, unknown>;
/** Every policy document carries who approved which version and when. */
export declare function policyDocument(kind: string, versionPrefix: string, extra: Record<string, unknown>, extraRequired: string[]): Record<string, unknown>;
/** Adds the hover text editors show for a field. */
export declare function described<T extends object>(description: string, schema: T): T & {
    description: string;
};

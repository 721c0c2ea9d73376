/**
 * An error about the user's input (a file, a field, a flag), never about copygate itself.
 * The CLI, the Action and the bot print it as `path:line:col: message` without a stack trace.
 */
export declare class InputError extends Error {
    readonly file?: string;
    readonly line?: number;
    readonly col?: number;
    readonly field?: string;
    readonly hint?: string;
    constructor(message: string, where?: {
        file?: string;
        line?: number;
        col?: number;
        field?: string;
        hint?: string;
    });
    /** `campaigns/x/campaign.yaml:12:3: message — hint` */
    format(): string;
}
export declare function isInputError(error: unknown): error is InputError;

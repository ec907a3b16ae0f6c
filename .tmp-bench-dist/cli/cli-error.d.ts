/**
 * An error whose message is already written for the user (one line, no stack). `exitCode` says
 * whether it is a usage/config problem (2) or a runtime failure (1); `hint` adds a second line
 * telling how to fix it.
 */
export declare class CliError extends Error {
    readonly exitCode: number;
    readonly hint: string | undefined;
    constructor(message: string, options?: {
        exitCode?: number;
        hint?: string;
        cause?: unknown;
    });
}
/** A mistake on the command line: exit code 2. */
export declare function usageError(message: string, hint?: string): CliError;

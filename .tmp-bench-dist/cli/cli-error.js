import { EXIT } from './exit-codes.js';
/**
 * An error whose message is already written for the user (one line, no stack). `exitCode` says
 * whether it is a usage/config problem (2) or a runtime failure (1); `hint` adds a second line
 * telling how to fix it.
 */
export class CliError extends Error {
    exitCode;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'CliError';
        this.exitCode = options.exitCode ?? EXIT.failure;
        this.hint = options.hint;
    }
}
/** A mistake on the command line: exit code 2. */
export function usageError(message, hint) {
    return new CliError(message, { exitCode: EXIT.usage, hint });
}
//# sourceMappingURL=cli-error.js.map
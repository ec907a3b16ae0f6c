import type { AttemptRecord } from '../engine/engine-types.js';
import type { CliContext } from './cli-context.js';
/** The error as one readable line plus its exit code; never a stack unless `--debug`. */
export declare function describeError(err: unknown): {
    message: string;
    exitCode: number;
    hint?: string;
};
/** `openai/gpt-4o rate_limit 429: …` or `gemini/x skipped (breaker_open)`; `brief` drops the message. */
export declare function formatAttempt(a: AttemptRecord, brief?: boolean): string;
export declare function reportError(ctx: CliContext, err: unknown): number;

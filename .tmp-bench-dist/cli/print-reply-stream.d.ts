import type { EngineStream } from '../engine/engine-types.js';
import type { FinishReason, Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import type { CliOutput } from './cli-io.js';
import type { Spinner } from './spinner.js';
import type { Style } from './style.js';
export interface ReplyTargets {
    content: CliOutput;
    contentStyle: Style;
    /** Where reasoning goes: the same stream in the REPL, stderr in one-shot mode (stdout stays the answer). */
    reasoning: CliOutput;
    reasoningStyle: Style;
    /** Hide reasoning entirely. */
    hideReasoning?: boolean;
}
export interface StreamedReply {
    content: string;
    reasoning: string;
    finishReason: FinishReason | null;
    usage?: Usage;
    cost?: Cost;
    model?: string;
    target?: string;
    elapsedMs: number;
    cancelled: boolean;
}
/**
 * Prints a resilient stream as it arrives: the spinner until the first token, reasoning dimmed
 * (and labelled, so it stays distinguishable without colour), then the answer. Returns what was
 * said so the REPL can keep history. A stream cancelled by the user (Ctrl+C) resolves with
 * `cancelled: true`; any other failure is thrown.
 */
export declare function printReplyStream(stream: EngineStream, out: ReplyTargets, spinner: Spinner, isCancelled: () => boolean): Promise<StreamedReply>;

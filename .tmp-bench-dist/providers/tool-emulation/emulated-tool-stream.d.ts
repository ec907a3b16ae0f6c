import type { StreamDelta } from '../../spec/stream-delta.js';
import type { StreamParser } from '../provider-adapter.js';
/**
 * Re-streams a reply produced under tool emulation. Prose streams through as it arrives; from the
 * first `{` or ``` fence the text is held until the JSON is complete, then either recorded as tool
 * calls or released as content. Tool calls, the finish reason (`tool_calls` when any were found)
 * and usage are emitted by `finish()`, after everything else.
 */
export declare class EmulatedToolStream {
    private mode;
    private buf;
    private readonly calls;
    private finishReason;
    private usage;
    private done;
    private readonly names;
    constructor(options?: {
        toolNames?: Iterable<string>;
    });
    push(deltas: readonly StreamDelta[]): StreamDelta[];
    finish(): StreamDelta[];
    private feed;
    /** Records `json` as tool calls, or returns `original` to be released as text. */
    private settle;
    private addCalls;
    /** Releases the buffer except its last `keep` characters. */
    private release;
}
/** Wraps an adapter's stream parser so emulated tool calls come out as proper tool_calls deltas. */
export declare function withToolEmulation(parser: StreamParser, options?: {
    toolNames?: Iterable<string>;
}): StreamParser;

import type { StreamDelta } from '../spec/stream-delta.js';
/**
 * An async iterable of deltas that can also be aborted from outside the loop. Breaking out of a
 * `for await` aborts the upstream request as well.
 */
export declare class ChatStream implements AsyncIterable<StreamDelta> {
    private readonly start;
    private readonly controller;
    constructor(start: (signal: AbortSignal) => AsyncGenerator<StreamDelta, void, undefined>);
    get signal(): AbortSignal;
    abort(reason?: unknown): void;
    [Symbol.asyncIterator](): AsyncIterator<StreamDelta>;
}
/** Links a caller-provided signal to a stream's own controller. */
export declare function linkSignal(target: ChatStream, source?: AbortSignal): void;

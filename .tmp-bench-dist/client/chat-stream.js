/**
 * An async iterable of deltas that can also be aborted from outside the loop. Breaking out of a
 * `for await` aborts the upstream request as well.
 */
export class ChatStream {
    start;
    controller = new AbortController();
    constructor(start) {
        this.start = start;
    }
    get signal() {
        return this.controller.signal;
    }
    abort(reason) {
        this.controller.abort(reason);
    }
    [Symbol.asyncIterator]() {
        return this.start(this.controller.signal);
    }
}
/** Links a caller-provided signal to a stream's own controller. */
export function linkSignal(target, source) {
    if (!source)
        return;
    if (source.aborted)
        target.abort(source.reason);
    else
        source.addEventListener('abort', () => target.abort(source.reason), { once: true });
}
//# sourceMappingURL=chat-stream.js.map
/**
 * Server-Sent Events on a node:http response with backpressure: `write` returns false when the
 * socket buffer is full, and `drain()` waits for room (or for the client to leave), so a slow
 * reader never makes the gateway buffer a whole answer in memory.
 */
export class SseWriter {
    ctx;
    waiter;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Sends the status line and headers now (proxies see the stream start at once). */
    start(headers) {
        const res = this.ctx.res;
        res.statusCode = 200;
        for (const name in headers)
            res.setHeader(name, headers[name]);
        res.setHeader('content-type', 'text/event-stream; charset=utf-8');
        res.setHeader('cache-control', 'no-cache, no-transform');
        res.setHeader('connection', 'keep-alive');
        // nginx: never buffer an event stream.
        res.setHeader('x-accel-buffering', 'no');
        res.flushHeaders();
    }
    /** Writes raw SSE text (one or more complete events). False = wait for drain() before more. */
    write(text) {
        if (this.ctx.clientGone || this.ctx.res.writableEnded)
            return true;
        return this.ctx.res.write(text);
    }
    /** Resolves when the socket can take more, or the client is gone. */
    drain() {
        const res = this.ctx.res;
        if (this.ctx.clientGone || !res.writableNeedDrain)
            return Promise.resolve();
        this.waiter ??= new Promise((resolve) => {
            const done = () => {
                res.off('drain', done);
                res.off('close', done);
                this.waiter = undefined;
                resolve();
            };
            res.on('drain', done);
            res.on('close', done);
        });
        return this.waiter;
    }
    end(text) {
        const res = this.ctx.res;
        if (res.writableEnded)
            return;
        if (text && !this.ctx.clientGone)
            res.end(text);
        else
            res.end();
    }
}
//# sourceMappingURL=sse-writer.js.map
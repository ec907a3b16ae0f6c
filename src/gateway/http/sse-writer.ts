import type { RequestContext } from './request-context.js';

/**
 * Server-Sent Events on a node:http response with backpressure: `write` returns false when the
 * socket buffer is full, and `drain()` waits for room (or for the client to leave), so a slow
 * reader never makes the gateway buffer a whole answer in memory.
 */
export class SseWriter {
  private readonly ctx: RequestContext;
  private waiter: Promise<void> | undefined;

  constructor(ctx: RequestContext) {
    this.ctx = ctx;
  }

  /**
   * Sets the status and headers; they leave with the first event, which the caller writes right
   * away (the engine only starts a response once the first token is there). Not flushing them
   * separately saves a packet and ~0.2 ms of time to first token.
   */
  start(headers: Record<string, string>): void {
    const res = this.ctx.res;
    res.statusCode = 200;
    for (const name in headers) res.setHeader(name, headers[name]);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('connection', 'keep-alive');
    // nginx: never buffer an event stream.
    res.setHeader('x-accel-buffering', 'no');
  }

  /** Sends the headers now, for streams whose first event may take a while (live dashboards). */
  flush(): void {
    if (!this.ctx.res.headersSent) this.ctx.res.flushHeaders();
  }

  /** Writes raw SSE text (one or more complete events). False = wait for drain() before more. */
  write(text: string): boolean {
    if (this.ctx.clientGone || this.ctx.res.writableEnded) return true;
    return this.ctx.res.write(text);
  }

  /** Resolves when the socket can take more, or the client is gone. */
  drain(): Promise<void> {
    const res = this.ctx.res;
    if (this.ctx.clientGone || !res.writableNeedDrain) return Promise.resolve();
    this.waiter ??= new Promise<void>((resolve) => {
      const done = (): void => {
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

  end(text?: string): void {
    const res = this.ctx.res;
    if (res.writableEnded) return;
    if (text && !this.ctx.clientGone) res.end(text);
    else res.end();
  }
}

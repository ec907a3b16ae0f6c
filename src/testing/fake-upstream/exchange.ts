import type { ServerResponse } from 'node:http';
import type { RequestLog } from './request-log.js';
import type { RequestLogEntry } from './request-log-entry.js';

/**
 * One request/response pair and its log entry. Owns the abort bookkeeping: a response closed
 * before it finished is an abort by the client, unless the fake dropped it or is shutting down.
 */
export class Exchange {
  private closed = false;

  constructor(
    readonly res: ServerResponse,
    readonly entry: RequestLogEntry,
    log: RequestLog,
    shuttingDown: () => boolean,
  ) {
    res.once('close', () => {
      this.closed = true;
      if (!res.writableFinished && !entry.dropped && !shuttingDown()) entry.aborted = true;
      entry.finishedAt = Date.now();
      log.changed();
    });
  }

  get open(): boolean {
    return !this.closed && !this.res.destroyed;
  }

  writeHead(status: number, headers: Record<string, string | number>): void {
    this.entry.status = status;
    this.res.writeHead(status, headers);
  }

  /** Resolves true after `ms`, or false as soon as the client goes away. */
  pause(ms: number): Promise<boolean> {
    if (!this.open) return Promise.resolve(false);
    return new Promise((resolve) => {
      const onClose = (): void => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.res.off('close', onClose);
        resolve(this.open);
      }, ms);
      this.res.once('close', onClose);
    });
  }

  /**
   * Kills the connection mid-response, as a crashing upstream or a dead proxy would. Ends the
   * socket rather than destroying it so what was already written (headers, first frames) is
   * flushed first; the body's terminator never comes, so the client sees a cut-off response.
   */
  drop(): void {
    this.entry.dropped = true;
    const socket = this.res.socket;
    if (!socket || socket.destroyed) return;
    socket.end(() => socket.destroy());
  }
}

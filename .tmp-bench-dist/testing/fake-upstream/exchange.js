/**
 * One request/response pair and its log entry. Owns the abort bookkeeping: a response closed
 * before it finished is an abort by the client, unless the fake dropped it or is shutting down.
 */
export class Exchange {
    res;
    entry;
    closed = false;
    constructor(res, entry, log, shuttingDown) {
        this.res = res;
        this.entry = entry;
        res.once('close', () => {
            this.closed = true;
            if (!res.writableFinished && !entry.dropped && !shuttingDown())
                entry.aborted = true;
            entry.finishedAt = Date.now();
            log.changed();
        });
    }
    get open() {
        return !this.closed && !this.res.destroyed;
    }
    writeHead(status, headers) {
        this.entry.status = status;
        this.res.writeHead(status, headers);
    }
    /** Resolves true after `ms`, or false as soon as the client goes away. */
    pause(ms) {
        if (!this.open)
            return Promise.resolve(false);
        return new Promise((resolve) => {
            const onClose = () => {
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
    drop() {
        this.entry.dropped = true;
        const socket = this.res.socket;
        if (!socket || socket.destroyed)
            return;
        socket.end(() => socket.destroy());
    }
}
//# sourceMappingURL=exchange.js.map
import { AbortedError, LLMError, TimeoutError } from '../errors/llm-error.js';
import { systemClock } from './clock.js';
/** A TimeoutError (kind `timeout`, code `timeout_<stage>`) for a stage that ran out. */
export function timeoutError(stage, ms, provider) {
    const what = {
        connect: 'no connection / response headers',
        first_byte: 'no response headers',
        first_token: 'no first token',
        idle: 'no stream data',
        total: 'request not finished',
    };
    const err = new TimeoutError({
        message: `${what[stage]} within ${ms === undefined ? 'the deadline' : `${Math.round(ms)} ms`}`,
        code: `timeout_${stage}`,
        provider,
    });
    return Object.assign(err, { stage });
}
/** An AbortedError for a caller-initiated abort, keeping the caller's reason as `cause`. */
export function abortedError(reason) {
    if (reason instanceof LLMError)
        return reason;
    return new AbortedError({ message: 'request aborted by the caller', cause: reason });
}
/**
 * One AbortSignal for one upstream attempt, combining the caller's signal, a per-attempt timeout,
 * the overall deadline, and stage timers (first token, idle gap) armed by the streaming code.
 * Its `reason` is always an LLMError: TimeoutError (with `stage`) or AbortedError, so catch
 * blocks can `throw signal.reason` as is. Call `dispose()` when the attempt ends: every timer and
 * listener is released (no leaks, no late aborts). Also usable with `using`.
 */
export class AttemptSignal {
    controller = new AbortController();
    timers = new Map();
    parent;
    onParentAbort;
    provider;
    disposed = false;
    constructor(options = {}) {
        this.provider = options.provider;
        this.parent = options.signal;
        this.onParentAbort = () => this.abort(abortedError(this.parent?.reason));
        if (this.parent?.aborted) {
            this.abort(abortedError(this.parent.reason));
            return;
        }
        this.parent?.addEventListener('abort', this.onParentAbort, { once: true });
        const now = (options.clock ?? systemClock).now();
        const budgets = [];
        if (options.timeoutMs !== undefined)
            budgets.push(options.timeoutMs);
        if (options.deadline !== undefined)
            budgets.push(options.deadline - now);
        if (budgets.length > 0) {
            const ms = Math.min(...budgets);
            if (ms <= 0)
                this.abort(timeoutError('total', options.timeoutMs ?? 0, this.provider));
            else
                this.arm('total', ms);
        }
    }
    get signal() {
        return this.controller.signal;
    }
    get aborted() {
        return this.controller.signal.aborted;
    }
    /** The typed reason once aborted (TimeoutError with `stage`, or AbortedError). */
    get reason() {
        return this.aborted ? this.controller.signal.reason : undefined;
    }
    /**
     * Starts (or restarts) the timer for a stage: e.g. `arm('first_token', 10_000)` when the request
     * is sent, then on every chunk `arm('idle', 30_000)` — re-arming reuses the timer (refresh), so
     * it is cheap enough to call per chunk.
     */
    arm(stage, ms) {
        if (this.disposed || this.aborted)
            return;
        const existing = this.timers.get(stage);
        if (existing !== undefined && existing.ms === ms) {
            existing.timer.refresh();
            return;
        }
        if (existing !== undefined)
            clearTimeout(existing.timer);
        const timer = setTimeout(() => this.abort(timeoutError(stage, ms, this.provider)), Math.max(0, ms));
        this.timers.set(stage, { timer, ms });
    }
    /** Stops a stage timer (e.g. `disarm('first_token')` once the first token arrived). */
    disarm(stage) {
        const existing = this.timers.get(stage);
        if (existing === undefined)
            return;
        clearTimeout(existing.timer);
        this.timers.delete(stage);
    }
    /** Aborts now with a typed reason (default: AbortedError). */
    abort(reason = abortedError()) {
        if (this.aborted)
            return;
        this.controller.abort(reason);
        this.clear();
    }
    /** Releases timers and the parent listener. Does not abort. Idempotent. */
    dispose() {
        this.disposed = true;
        this.clear();
    }
    [Symbol.dispose]() {
        this.dispose();
    }
    /** Timers still pending (tests assert 0 after dispose). */
    get pendingTimers() {
        return this.timers.size;
    }
    clear() {
        for (const { timer } of this.timers.values())
            clearTimeout(timer);
        this.timers.clear();
        this.parent?.removeEventListener('abort', this.onParentAbort);
    }
}
/**
 * Runs `fn` with an attempt signal and guarantees the caller is freed when it fires, even if `fn`
 * ignores the signal: the returned promise rejects with the typed reason at once while `fn` is
 * told to stop through the signal. Timers are cleared when either side finishes.
 */
export async function withDeadline(fn, options) {
    const attempt = new AttemptSignal(options);
    try {
        if (attempt.aborted)
            throw attempt.reason;
        let onAbort;
        const aborted = new Promise((_, reject) => {
            onAbort = () => reject(attempt.reason);
            attempt.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([fn(attempt.signal), aborted]);
        }
        finally {
            if (onAbort !== undefined)
                attempt.signal.removeEventListener('abort', onAbort);
        }
    }
    finally {
        attempt.dispose();
    }
}
//# sourceMappingURL=deadline.js.map
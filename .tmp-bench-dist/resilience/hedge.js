import { AbortedError, LLMError } from '../errors/llm-error.js';
import { abortedError } from './deadline.js';
/** Every candidate failed; `errors[i]` is candidate i's error (only started ones). */
export class HedgeError extends LLMError {
    errors;
    constructor(errors) {
        const last = errors[errors.length - 1];
        const kind = last instanceof LLMError ? last.kind : 'server';
        super({ kind, message: `all ${errors.length} hedged attempts failed`, cause: last });
        this.name = 'HedgeError';
        this.errors = Object.freeze([...errors]);
    }
}
/**
 * Hedged execution: starts candidate 0; whenever the newest running candidate has neither settled
 * nor produced its first signal within its delay, starts the next one (a failure starts the next
 * one at once). The first success wins and every other attempt is aborted with an AbortedError
 * reason (code `hedge_lost`). If all fail, rejects with a HedgeError carrying every error.
 */
export function hedge(starters, options = {}) {
    const delayOf = options.delayFn ?? (() => options.delayMs ?? 2_000);
    const parent = options.signal;
    return new Promise((resolve, reject) => {
        if (starters.length === 0) {
            reject(new HedgeError([]));
            return;
        }
        if (parent?.aborted) {
            reject(abortedError(parent.reason));
            return;
        }
        const controllers = [];
        const errors = [];
        let failed = 0;
        let done = false;
        let timer;
        /** Index of the candidate the pending hedge timer watches. */
        let watched = -1;
        const finish = () => {
            done = true;
            if (timer !== undefined)
                clearTimeout(timer);
            parent?.removeEventListener('abort', onParentAbort);
        };
        const abortAll = (reason, except = -1) => {
            controllers.forEach((c, i) => {
                if (i !== except && !c.signal.aborted)
                    c.abort(reason);
            });
        };
        const onParentAbort = () => {
            if (done)
                return;
            finish();
            const reason = abortedError(parent?.reason);
            abortAll(reason);
            reject(reason);
        };
        parent?.addEventListener('abort', onParentAbort, { once: true });
        const startNext = (reason) => {
            if (done)
                return;
            const index = controllers.length;
            if (index >= starters.length)
                return;
            const controller = new AbortController();
            controllers.push(controller);
            if (timer !== undefined)
                clearTimeout(timer);
            timer = undefined;
            try {
                options.onStart?.(index, reason);
            }
            catch {
                // Logging hooks never change the race.
            }
            let attempt;
            try {
                const started = starters[index](controller.signal, index);
                attempt = isAttempt(started) ? started : { result: started };
            }
            catch (err) {
                attempt = { result: Promise.reject(err) };
            }
            watched = index;
            if (index + 1 < starters.length) {
                timer = setTimeout(() => {
                    timer = undefined;
                    if (watched === index)
                        startNext('hedge');
                }, Math.max(0, delayOf(index)));
            }
            attempt.firstSignal?.then(() => {
                // This attempt is alive: stop the hedge timer it owned.
                if (!done && watched === index && timer !== undefined) {
                    clearTimeout(timer);
                    timer = undefined;
                    watched = -1;
                }
            }, () => { });
            attempt.result.then((value) => {
                if (done)
                    return;
                finish();
                abortAll(new AbortedError({ message: 'hedged attempt lost the race', code: 'hedge_lost' }), index);
                resolve({ value, index, started: controllers.length });
            }, (err) => {
                if (done)
                    return;
                errors[index] = err;
                failed++;
                if (controllers.length < starters.length) {
                    // Only fail over if no other attempt is still running the race for us, or if this
                    // was the one being watched; otherwise the running one still has its chance.
                    if (failed === controllers.length || watched === index)
                        startNext('failover');
                    return;
                }
                if (failed === starters.length) {
                    finish();
                    reject(new HedgeError(errors));
                }
            });
        };
        startNext('first');
    });
}
function isAttempt(v) {
    return typeof v === 'object' && v !== null && 'result' in v && !(v instanceof Promise);
}
//# sourceMappingURL=hedge.js.map
import { isLLMError } from '../errors/llm-error.js';
import { toTransportError } from '../transport/send-request.js';
/** Abort reason given to hedging losers; callers record them as `aborted`, not as failures. */
export const HEDGE_LOST = Symbol('hedge-lost');
/**
 * Runs candidates until one succeeds. Sequential failover by default: a failure pulls the next
 * candidate at once (no sleeping while another candidate exists). With hedging, a candidate that
 * is still running after its delay gets the next one started beside it; the first success wins
 * and every other running candidate is aborted.
 */
export function runRace(options, exec) {
    return new Promise((resolve) => {
        const running = new Map();
        let settled = false;
        let pulling = 0;
        let lastError;
        let exhausted = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            options.signal.removeEventListener('abort', onAbort);
            for (const [c, r] of running) {
                if (r.timer)
                    clearTimeout(r.timer);
                if (!(outcome.ok && outcome.candidate === c))
                    r.controller.abort(HEDGE_LOST);
            }
            resolve(outcome);
        };
        const maybeFail = () => {
            if (!settled && running.size === 0 && pulling === 0 && exhausted)
                finish({ ok: false, error: lastError });
        };
        const onAbort = () => {
            const reason = options.signal.reason;
            finish({ ok: false, error: isLLMError(reason) ? reason : toTransportError(reason, options.signal, 'stable-llm') });
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        const start = async (hint) => {
            if (settled)
                return;
            pulling++;
            let candidate;
            try {
                candidate = await options.pull(hint);
            }
            finally {
                pulling--;
            }
            if (settled)
                return;
            if (candidate === undefined) {
                exhausted = true;
                maybeFail();
                return;
            }
            const c = candidate;
            const controller = new AbortController();
            const linked = () => controller.abort(options.signal.reason);
            options.signal.addEventListener('abort', linked, { once: true });
            const entry = { controller };
            running.set(c, entry);
            const delay = options.hedgeDelay?.(c);
            if (delay !== undefined && Number.isFinite(delay)) {
                entry.timer = setTimeout(() => {
                    if (!settled && running.has(c))
                        void start('hedge');
                }, Math.max(0, delay));
                entry.timer.unref?.();
            }
            try {
                const value = await exec(c, controller.signal);
                if (entry.timer)
                    clearTimeout(entry.timer);
                options.signal.removeEventListener('abort', linked);
                running.delete(c);
                if (settled) {
                    // A hedge finished after another won: nothing to do, the caller owns only the winner.
                    controller.abort(HEDGE_LOST);
                    return;
                }
                running.set(c, entry);
                finish({ ok: true, value, candidate: c, controller });
                running.delete(c);
            }
            catch (err) {
                if (entry.timer)
                    clearTimeout(entry.timer);
                options.signal.removeEventListener('abort', linked);
                running.delete(c);
                if (settled)
                    return;
                const error = isLLMError(err) ? err : toTransportError(err, controller.signal, 'stable-llm');
                lastError = error;
                const decision = options.onFailure(c, error);
                if (decision.stop) {
                    finish({ ok: false, error });
                    return;
                }
                await start(decision.hint);
                maybeFail();
            }
        };
        void start('next_deployment');
    });
}
//# sourceMappingURL=run-race.js.map
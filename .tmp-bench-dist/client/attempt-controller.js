import { createLLMError } from '../errors/llm-error.js';
/**
 * One AbortController per attempt, linked to the caller's signal, with re-armable stage timers.
 * When a timer fires the controller aborts with a typed `timeout` error as its reason, so the
 * transport surfaces that error instead of a generic abort.
 */
export class AttemptController {
    provider;
    controller = new AbortController();
    timers = new Map();
    unlink;
    constructor(provider, parent) {
        this.provider = provider;
        if (parent) {
            if (parent.aborted)
                this.controller.abort(parent.reason);
            else {
                const onAbort = () => this.controller.abort(parent.reason);
                parent.addEventListener('abort', onAbort, { once: true });
                this.unlink = () => parent.removeEventListener('abort', onAbort);
            }
        }
    }
    get signal() {
        return this.controller.signal;
    }
    arm(stage, ms) {
        this.disarm(stage);
        if (ms === undefined || ms <= 0 || this.controller.signal.aborted)
            return;
        const timer = setTimeout(() => {
            this.controller.abort(createLLMError({
                kind: 'timeout',
                code: `${stage}_timeout`,
                message: `${this.provider}: no ${stage.replace('_', ' ')} within ${ms} ms`,
                provider: this.provider,
            }));
        }, ms);
        timer.unref?.();
        this.timers.set(stage, timer);
    }
    disarm(stage) {
        const t = this.timers.get(stage);
        if (t !== undefined) {
            clearTimeout(t);
            this.timers.delete(stage);
        }
    }
    /** Clears every timer and unlinks from the parent signal; call once the attempt is over. */
    dispose() {
        for (const t of this.timers.values())
            clearTimeout(t);
        this.timers.clear();
        this.unlink?.();
    }
    abort(reason) {
        this.controller.abort(reason);
    }
}
//# sourceMappingURL=attempt-controller.js.map
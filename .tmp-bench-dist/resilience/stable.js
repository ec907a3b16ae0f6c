import { AbortedError, LLMError } from '../errors/llm-error.js';
import { AllKeysFailedError } from './all-keys-failed-error.js';
import { classifyError } from './classify-error.js';
import { realSleep } from './clock.js';
import { KeyManager } from './key-manager.js';
import { maskSecretsInText } from './mask-secret.js';
/**
 * Wraps `fn(apiKey, ...args)` so each call gets a key from the KeyManager. A rate-limit error
 * (our `kind: 'rate_limit'` or any error with `status === 429`) cools that key down for its
 * Retry-After and retries at once with another key; auth / quota errors disable the key and
 * retry; any other error is rethrown untouched. When no key can answer it throws one
 * AllKeysFailedError listing every attempt — it never returns null and never sleeps unless
 * `waitForCooldown` says so.
 *
 * Concurrency: key choice and budget charging happen synchronously inside `pool.acquire`, so any
 * number of concurrent calls never exceed a key's budgets and never block the event loop.
 */
export function stable(fn, options = {}) {
    const classify = options.classify ?? ((err) => classifyError(err));
    const sleep = options.sleep ?? realSleep;
    const wait = options.waitForCooldown;
    const maxWaitMs = wait === true ? 60_000 : wait ? wait.maxWaitMs : undefined;
    const maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
    return async function stableCall(...args) {
        const manager = options.keyManager ?? KeyManager.current();
        if (manager === undefined) {
            throw new LLMError({
                kind: 'auth',
                code: 'no_key_manager',
                message: 'stable(): no KeyManager — create one with new KeyManager(keys) or pass { keyManager }',
            });
        }
        const pool = manager.pool;
        const est = typeof options.estimatedTokens === 'function' ? options.estimatedTokens(...args) : (options.estimatedTokens ?? 0);
        const waitUntil = maxWaitMs === undefined ? undefined : pool.clock.now() + maxWaitMs;
        const attempts = [];
        const tried = new Set();
        const signal = options.signal;
        for (;;) {
            if (signal?.aborted)
                throw abortedFrom(signal, attempts);
            if (attempts.length >= maxAttempts)
                throw allFailed(pool, attempts, est, 'attempt limit reached');
            const lease = pool.acquire({ exclude: tried, estimatedTokens: est });
            if (lease === undefined) {
                const next = pool.availability(est).nextAvailableAt;
                if (waitUntil !== undefined && next !== undefined && next <= waitUntil) {
                    await sleep(Math.max(0, next - pool.clock.now()), signal).catch((err) => {
                        throw signal?.aborted ? abortedFrom(signal, attempts) : err;
                    });
                    tried.clear(); // keys tried before the wait have had their cooldown
                    continue;
                }
                throw allFailed(pool, attempts, est, tried.size > 0 ? 'every usable key was tried' : 'no usable key');
            }
            tried.add(lease.keyId);
            try {
                const value = await fn(lease.key, ...args);
                lease.report({ ok: true });
                return value;
            }
            catch (err) {
                const c = classify(err);
                const message = maskSecretsInText(c.message, pool.secrets());
                lease.report({ ok: false, kind: c.kind, retryAfterMs: c.retryAfterMs, message });
                // Only key-level failures (cooldown / disable in the error policy) are worth another key.
                if (pool.policy[c.kind].keyAction === 'none')
                    throw err;
                const attempt = {
                    keyId: lease.keyId,
                    kind: c.kind,
                    status: c.status,
                    code: c.code,
                    message,
                    retryAfterMs: c.retryAfterMs,
                };
                attempts.push(attempt);
                try {
                    options.onAttempt?.(attempt);
                }
                catch {
                    // Hooks must not change the outcome.
                }
            }
        }
    };
}
function allFailed(pool, attempts, est, why) {
    const a = pool.availability(est);
    const now = pool.clock.now();
    const waitable = a.nextAvailableAt !== undefined;
    const kinds = new Set(attempts.map((x) => x.kind));
    let kind;
    if (waitable && (kinds.has('rate_limit') || a.coolingDown + a.overBudget > 0 || attempts.length === 0))
        kind = 'rate_limit';
    else if (kinds.has('quota_exhausted') || (kinds.size === 0 && a.disabledKinds.includes('quota_exhausted')))
        kind = 'quota_exhausted';
    else if (kinds.has('rate_limit'))
        kind = 'rate_limit';
    else
        kind = 'auth';
    const detail = `${why} (${pool.size} keys: ${a.available} available, ${a.coolingDown} cooling down, ${a.overBudget} over budget, ${a.disabled} disabled)`;
    return new AllKeysFailedError({
        kind,
        attempts,
        detail,
        retryAfterMs: waitable && a.nextAvailableAt !== undefined ? Math.max(0, a.nextAvailableAt - now) : undefined,
        code: pool.size === 0 ? 'no_keys' : undefined,
    });
}
function abortedFrom(signal, attempts) {
    if (signal.reason instanceof LLMError)
        return signal.reason;
    return new AbortedError({ message: `aborted after ${attempts.length} key attempt(s)`, cause: signal.reason });
}
//# sourceMappingURL=stable.js.map
import { GatewayHttpError } from '../http/http-error.js';
/**
 * Gateway-side limits checked before any upstream call: global RPM/TPM, per gateway key, per
 * requested model/route. One store call admits all scopes atomically (one Redis round trip when
 * shared). TPM is charged with an estimate now and corrected to real usage when the request ends.
 */
export class GatewayLimiter {
    limiter;
    logger;
    lastStoreWarning = 0;
    /** Called with the scope name whenever a request is refused (metrics). */
    onLimited;
    constructor(limiter, logger) {
        this.limiter = limiter;
        this.logger = logger;
    }
    get store() {
        return this.limiter.store;
    }
    scopesFor(config, caller, requested) {
        const scopes = [];
        const limits = config.limits;
        if (limits.rpm || limits.tpm)
            scopes.push({ name: 'gw:global', rpm: limits.rpm, tpm: limits.tpm });
        if (caller.kind === 'key' && caller.keyId) {
            const rpm = caller.key?.rpm ?? limits.perKey.rpm;
            const tpm = caller.key?.tpm ?? limits.perKey.tpm;
            if (rpm || tpm)
                scopes.push({ name: `gw:key:${caller.keyId}`, rpm, tpm });
        }
        if (requested) {
            const m = limits.perModel.get(requested);
            if (m && (m.rpm || m.tpm))
                scopes.push({ name: `gw:model:${requested}`, rpm: m.rpm, tpm: m.tpm });
        }
        return scopes;
    }
    /** Admits the request or throws a 429 naming the limit. Undefined lease = nothing to settle. */
    async admit(config, caller, requested, estimatedTokens) {
        const scopes = this.scopesFor(config, caller, requested);
        if (scopes.length === 0)
            return undefined;
        let decision;
        try {
            decision = await this.limiter.tryAcquire({ scopes, estimatedTokens });
        }
        catch (err) {
            // A broken limiter store must not take the gateway down: serve, and say so (once a minute).
            const now = Date.now();
            if (now - this.lastStoreWarning > 60_000) {
                this.lastStoreWarning = now;
                this.logger.warn({ err: err.message }, 'limiter store unavailable; gateway limits are not enforced until it recovers');
            }
            return undefined;
        }
        if (decision.allowed)
            return decision.lease;
        this.onLimited?.(decision.scope);
        const who = decision.scope === 'gw:global'
            ? 'the gateway'
            : decision.scope.startsWith('gw:key:')
                ? `API key "${decision.scope.slice(7)}"`
                : `model "${decision.scope.slice(9)}"`;
        const headers = {};
        if (decision.retryAfterMs > 0) {
            headers['retry-after'] = String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000)));
            headers['retry-after-ms'] = String(Math.ceil(decision.retryAfterMs));
        }
        throw new GatewayHttpError({
            status: 429,
            type: 'rate_limit_error',
            code: decision.limit === 'tpm' ? 'gateway_tokens_limit' : 'gateway_requests_limit',
            message: `rate limit reached: ${decision.limit.toUpperCase()} limit of ${who}${decision.retryAfterMs > 0 ? `; retry in ${Math.ceil(decision.retryAfterMs / 1000)} s` : ''}`,
            headers,
        });
    }
    /** Corrects TPM to real usage and frees the lease; never throws (runs after the response). */
    settle(lease, totalTokens) {
        this.limiter
            .settle(lease, totalTokens)
            .then(() => this.limiter.release(lease))
            .catch(() => undefined);
    }
    close() {
        return this.limiter.close();
    }
}
//# sourceMappingURL=gateway-limiter.js.map
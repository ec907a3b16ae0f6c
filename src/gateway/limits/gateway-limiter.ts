import type { RateLease, RateLimiter, RateScope } from '../../resilience/rate-limiter.js';
import type { Caller } from '../auth/caller.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { GatewayHttpError } from '../http/http-error.js';
import type { GatewayLogger } from '../logging/create-logger.js';

/**
 * Gateway-side limits checked before any upstream call: global RPM/TPM, per gateway key, per
 * requested model/route. One store call admits all scopes atomically (one Redis round trip when
 * shared). TPM is charged with an estimate now and corrected to real usage when the request ends.
 */
export class GatewayLimiter {
  private readonly limiter: RateLimiter;
  private readonly logger: GatewayLogger;
  private lastStoreWarning = 0;
  /** Called with the scope name whenever a request is refused (metrics). */
  onLimited: ((scope: string) => void) | undefined;

  constructor(limiter: RateLimiter, logger: GatewayLogger) {
    this.limiter = limiter;
    this.logger = logger;
  }

  get store(): RateLimiter['store'] {
    return this.limiter.store;
  }

  scopesFor(config: GatewayConfig, caller: Caller, requested: string | undefined): RateScope[] {
    const scopes: RateScope[] = [];
    const limits = config.limits;
    if (limits.rpm || limits.tpm) scopes.push({ name: 'gw:global', rpm: limits.rpm, tpm: limits.tpm });
    if (caller.kind === 'key' && caller.keyId) {
      const rpm = caller.key?.rpm ?? limits.perKey.rpm;
      const tpm = caller.key?.tpm ?? limits.perKey.tpm;
      if (rpm || tpm) scopes.push({ name: `gw:key:${caller.keyId}`, rpm, tpm });
    }
    if (requested) {
      const m = limits.perModel.get(requested);
      if (m && (m.rpm || m.tpm)) scopes.push({ name: `gw:model:${requested}`, rpm: m.rpm, tpm: m.tpm });
    }
    return scopes;
  }

  /** Admits the request or throws a 429 naming the limit. Undefined lease = nothing to settle. */
  async admit(
    config: GatewayConfig,
    caller: Caller,
    requested: string | undefined,
    estimatedTokens: number,
  ): Promise<RateLease | undefined> {
    const scopes = this.scopesFor(config, caller, requested);
    if (scopes.length === 0) return undefined;
    let decision: Awaited<ReturnType<RateLimiter['tryAcquire']>>;
    try {
      decision = await this.limiter.tryAcquire({ scopes, estimatedTokens });
    } catch (err) {
      // A broken limiter store must not take the gateway down: serve, and say so (once a minute).
      const now = Date.now();
      if (now - this.lastStoreWarning > 60_000) {
        this.lastStoreWarning = now;
        this.logger.warn({ err: (err as Error).message }, 'limiter store unavailable; gateway limits are not enforced until it recovers');
      }
      return undefined;
    }
    if (decision.allowed) return decision.lease;
    this.onLimited?.(decision.scope);
    const who =
      decision.scope === 'gw:global'
        ? 'the gateway'
        : decision.scope.startsWith('gw:key:')
          ? `API key "${decision.scope.slice(7)}"`
          : `model "${decision.scope.slice(9)}"`;
    const headers: Record<string, string> = {};
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
  settle(lease: RateLease, totalTokens: number): void {
    this.limiter
      .settle(lease, totalTokens)
      .then(() => this.limiter.release(lease))
      .catch(() => undefined);
  }

  close(): Promise<void> {
    return this.limiter.close();
  }
}

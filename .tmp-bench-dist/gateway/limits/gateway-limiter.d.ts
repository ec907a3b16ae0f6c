import type { RateLease, RateLimiter, RateScope } from '../../resilience/rate-limiter.js';
import type { Caller } from '../auth/caller.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { GatewayLogger } from '../logging/create-logger.js';
/**
 * Gateway-side limits checked before any upstream call: global RPM/TPM, per gateway key, per
 * requested model/route. One store call admits all scopes atomically (one Redis round trip when
 * shared). TPM is charged with an estimate now and corrected to real usage when the request ends.
 */
export declare class GatewayLimiter {
    private readonly limiter;
    private readonly logger;
    private lastStoreWarning;
    /** Called with the scope name whenever a request is refused (metrics). */
    onLimited: ((scope: string) => void) | undefined;
    constructor(limiter: RateLimiter, logger: GatewayLogger);
    get store(): RateLimiter['store'];
    scopesFor(config: GatewayConfig, caller: Caller, requested: string | undefined): RateScope[];
    /** Admits the request or throws a 429 naming the limit. Undefined lease = nothing to settle. */
    admit(config: GatewayConfig, caller: Caller, requested: string | undefined, estimatedTokens: number): Promise<RateLease | undefined>;
    /** Corrects TPM to real usage and frees the lease; never throws (runs after the response). */
    settle(lease: RateLease, totalTokens: number): void;
    close(): Promise<void>;
}

import type { Deployment } from '../client/deployment.js';
import { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import { KeyPool } from '../resilience/key-pool.js';
import type { PlanTarget } from '../router/plan-target.js';
import type { Route } from '../router/route-config.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { EngineOptions } from './engine-options.js';
import type { Engine, EngineCallOptions, EngineResult, EngineStream, TargetStatus } from './engine-types.js';
/**
 * The resilience engine: router + breakers + key pools + limits + failover/hedging over the
 * provider adapters. StableLLM (library) and the gateway both sit on it.
 */
export declare class StableEngine implements Engine {
    private readonly options;
    private settings;
    private routes;
    private readonly breakers;
    private readonly pools;
    private readonly policy;
    private readonly clock;
    private readonly timeouts;
    constructor(options: EngineOptions);
    /** Atomically swaps settings and routes (hot reload). Breakers and pools of unchanged deployments survive. */
    update(settings: ResolvedSettings, routes?: ReadonlyMap<string, Route>): void;
    get currentSettings(): ResolvedSettings;
    get currentRoutes(): ReadonlyMap<string, Route>;
    /** The key pool of an endpoint (created on first use; rebuilt when its key list changes). */
    poolFor(deployment: Deployment): KeyPool | undefined;
    /** Every key pool by endpoint id (status pages, admin console). */
    keyPools(): ReadonlyMap<string, KeyPool>;
    breakerRegistry(): CircuitBreakerRegistry;
    planFor(options: EngineCallOptions): PlanTarget[];
    private hedgeDelay;
    complete(request: ChatRequest, options?: EngineCallOptions): Promise<EngineResult>;
    stream(request: ChatRequest, options?: EngineCallOptions): EngineStream;
    getServiceStatus(): Record<string, TargetStatus>;
    private source;
    private record;
    private deadline;
    private decide;
    private completeCandidate;
    private primeCandidate;
    private errorOf;
    /** Releases everything a candidate reserved and records the attempt. */
    private settle;
    /** How long to wait before another round, or undefined to give up. */
    private retryWait;
    private failure;
}

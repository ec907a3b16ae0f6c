import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LimiterStore } from '../resilience/limiter-store.js';
import type { GatewayStore } from '../store/gateway-store.js';
import type { GatewayConfig } from './config/gateway-config.js';
import type { EngineFactory } from './engine/engine-factory.js';
import type { GatewayRuntime, ReloadResult } from './gateway-runtime.js';
import type { GatewayState } from './gateway-state.js';
import { RequestContext } from './http/request-context.js';
import { GatewayRouter } from './http/router.js';
import { GatewayLimiter } from './limits/gateway-limiter.js';
import { type GatewayLogger } from './logging/create-logger.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { SpendTracker } from './usage/spend-tracker.js';
import { UsageRecorder } from './usage/usage-recorder.js';
export interface CreateGatewayOptions {
    config: GatewayConfig;
    /** Re-reads the config for `reload()` (file watcher, SIGHUP, admin). Default: the same config. */
    loadConfig?: () => GatewayConfig | Promise<GatewayConfig>;
    /** Default: the real resilience engine. */
    engineFactory?: EngineFactory;
    /** Usage log, keys, kv. Undefined = no persistence. */
    store?: GatewayStore;
    /** Limits storage (Redis / SQLite to share across processes). Default: memory. */
    limiterStore?: LimiterStore;
    logger?: GatewayLogger;
    /** Called with the router after built-in routes are registered (admin console, plug-ins). */
    registerRoutes?: (router: GatewayRouter, runtime: GatewayRuntime) => void | Promise<void>;
}
/**
 * The gateway without its process concerns (no config file, signals or banner): a request
 * handler over an atomically swappable config snapshot. `startGateway` wraps it; tests use it
 * directly with a fake engine.
 */
export declare class Gateway implements GatewayRuntime {
    readonly logger: GatewayLogger;
    readonly metrics: GatewayMetrics;
    readonly usage: UsageRecorder;
    readonly store: GatewayStore | undefined;
    readonly limits: GatewayLimiter;
    readonly spend: SpendTracker;
    readonly router: GatewayRouter;
    readonly startedAt: number;
    readonly version: string;
    server: Server | undefined;
    private current;
    private generation;
    private inflightCount;
    private isDraining;
    private drainWaiters;
    private readonly engineFactory;
    private readonly loadConfig;
    private readonly deploymentLimiter;
    private readonly events;
    private storeKeys;
    private activeOverride;
    private refreshTimer;
    private reloading;
    private closed;
    private constructor();
    /** Builds the gateway: first state, store-backed keys and spend, routes. */
    static create(options: CreateGatewayOptions): Promise<Gateway>;
    state(): GatewayState;
    get draining(): boolean;
    inflight(): number;
    private buildState;
    reload(): Promise<ReloadResult>;
    applyConfig(config: GatewayConfig): Promise<ReloadResult>;
    refreshKeys(): Promise<void>;
    setActiveModels(active: {
        chat?: string | null;
        vision?: string | null;
    }): Promise<void>;
    private readActiveOverride;
    private refreshFromStore;
    /** node:http request listener (bound once; no per-request closures on the common path). */
    handle(req: IncomingMessage, res: ServerResponse): void;
    private dispatch;
    private handlerFailed;
    private handlerDone;
    /** @internal called by the response 'close' listener. */
    responseClosed(ctx: RequestContext): void;
    /** Once the handler settled and the response closed: metrics, usage row, log line, drain. */
    private finalize;
    private usageRow;
    private engineEvents;
    /** Creates the HTTP server and listens. Port 0 picks a free port. */
    listen(port: number, host: string): Promise<{
        url: string;
        port: number;
    }>;
    /**
     * Graceful stop: refuse new work, let in-flight requests finish (up to `drainMs`, default
     * server.shutdown_timeout), then cut what is left, flush the usage log and close stores.
     */
    close(drainMs?: number): Promise<void>;
}
/** Builds a gateway (see Gateway.create). */
export declare function createGateway(options: CreateGatewayOptions): Promise<Gateway>;

import type { GatewayStore } from '../store/gateway-store.js';
import type { GatewayConfig } from './config/gateway-config.js';
import type { GatewayState } from './gateway-state.js';
import type { GatewayRouter } from './http/router.js';
import type { GatewayLimiter } from './limits/gateway-limiter.js';
import type { GatewayLogger } from './logging/create-logger.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import type { SpendTracker } from './usage/spend-tracker.js';
import type { UsageRecorder } from './usage/usage-recorder.js';
export interface ReloadResult {
    ok: boolean;
    generation: number;
    /** The config error when the new file was rejected (the old config stays active). */
    error?: string;
    warnings: string[];
}
/**
 * The long-lived parts of a running gateway, shared by every request and by the admin console
 * (src/gateway/admin registers its routes on `router` and uses these services).
 */
export interface GatewayRuntime {
    readonly logger: GatewayLogger;
    readonly metrics: GatewayMetrics;
    readonly usage: UsageRecorder;
    /** Undefined when persistence is off. */
    readonly store: GatewayStore | undefined;
    readonly limits: GatewayLimiter;
    readonly spend: SpendTracker;
    readonly router: GatewayRouter;
    /** Epoch ms the gateway started. */
    readonly startedAt: number;
    readonly version: string;
    /** True once shutdown began: new requests get 503 while in-flight ones finish. */
    readonly draining: boolean;
    /** The current config snapshot (requests use the one they captured). */
    state(): GatewayState;
    /** Re-reads the config source; a bad config is rejected and the old one kept. */
    reload(): Promise<ReloadResult>;
    /** Installs an already built config (admin console edits). */
    applyConfig(config: GatewayConfig): Promise<ReloadResult>;
    /** Re-reads gateway keys from the store (after the admin console changed them). */
    refreshKeys(): Promise<void>;
    /** Switches the active chat / vision model (persisted in the store). `null` clears. */
    setActiveModels(active: {
        chat?: string | null;
        vision?: string | null;
    }): Promise<void>;
    /** Requests being served right now. */
    inflight(): number;
}

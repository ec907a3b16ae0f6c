import type { Engine } from '../engine/engine-types.js';
import type { PlanTarget } from '../router/plan-target.js';
import type { KeyIndex } from './auth/key-index.js';
import type { GatewayConfig } from './config/gateway-config.js';
/**
 * One immutable snapshot of everything that depends on the config file. Requests capture the
 * snapshot current when they arrive; a reload builds a new one and swaps a single reference, so
 * in-flight requests finish on the config they started with.
 */
export interface GatewayState {
    readonly generation: number;
    readonly config: GatewayConfig;
    readonly engine: Engine;
    readonly keys: KeyIndex;
    /** The default plan (no model named), computed once per snapshot. */
    readonly defaultPlan: () => PlanTarget[];
    /** Active chat / vision models (config, overridden from the admin console). */
    readonly active: {
        readonly chat?: string;
        readonly vision?: string;
    };
    /** False when no provider is configured: chat routes answer with setup help. */
    readonly hasProviders: boolean;
}

import type { DeploymentLimiter } from '../../engine/engine-options.js';
import type { Engine, EngineEvents } from '../../engine/engine-types.js';
import type { GatewayConfig } from '../config/gateway-config.js';
export interface EngineFactoryInput {
    config: GatewayConfig;
    events: EngineEvents;
    /** Upstream (deployment) limits, shared through the gateway's limiter store. */
    limiter: DeploymentLimiter | undefined;
    /** The engine of the previous config, on reload: reuse it to keep breaker and key state. */
    previous: Engine | undefined;
}
/** Builds (or updates) the engine for a config. Tests inject a fake; the default is the real engine. */
export type EngineFactory = (input: EngineFactoryInput) => Engine | Promise<Engine>;

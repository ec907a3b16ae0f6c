import type { GatewayConfig } from '../../config/gateway-config.js';
import { type AdminOverlay } from './admin-overlay.js';
/**
 * The config the gateway runs: the file's config (`base`) with the console overlay merged on top,
 * validated exactly like a file (errors name the path). Server, limits, stores, active defaults
 * and service order always come from the file.
 */
export declare function buildMergedConfig(base: GatewayConfig, overlay: AdminOverlay, env?: NodeJS.ProcessEnv): GatewayConfig;

import type { GatewayConfig } from '../../config/gateway-config.js';
import type { GatewayState } from '../../gateway-state.js';
import type { AdminOverlay } from '../overlay/admin-overlay.js';
/**
 * The running config as one YAML-ready document: the config file as written (its `${ENV}`
 * references intact) with the console overlay merged in and the active models filled in. Every
 * plaintext secret is masked; keys always carry explicit ids so an import can keep them.
 */
export declare function effectiveDocument(base: GatewayConfig, overlay: AdminOverlay, state: GatewayState): Record<string, unknown>;

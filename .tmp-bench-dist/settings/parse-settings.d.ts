import { type BackendType } from './backend-type.js';
import type { ResolvedSettings } from './resolved-settings.js';
/** Implicit endpoint id used when a backend has a key in the environment but no endpoint. */
export declare function implicitEndpointId(backend: BackendType): string;
/**
 * Validates settings in the VERSION 2 shape and normalises them. Throws ConfigError naming the
 * path and the bad value. Models without endpoints use the backend's `default_endpoint`, else an
 * implicit endpoint built from the backend preset and its usual env var.
 */
export declare function parseSettings(input: unknown): ResolvedSettings;

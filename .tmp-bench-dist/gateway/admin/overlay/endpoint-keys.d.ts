import type { KeyAttributes, KeyEntry } from './admin-overlay.js';
/**
 * An endpoint's keys (`api_key` then `api_keys`) as entries with explicit ids, numbered exactly
 * as parseSettings numbers them (`<endpoint>#<n>`), so ids in the overlay match ids in the pool.
 */
export declare function endpointKeys(raw: Record<string, unknown> | undefined, endpointId: string): KeyEntry[];
export declare function keyAttributes(k: KeyAttributes): KeyAttributes;
/** `${NAME}` references are kept as written; they are not secrets. */
export declare function isEnvReference(value: string): boolean;
/**
 * A value the console or an export showed masked (`sk-abc…wxyz`, `****`): sending it back means
 * "keep the secret you have", never "set the secret to this text".
 */
export declare function isMaskedSecret(value: string | undefined): boolean;

import type { EndpointOverlay, KeyAttributes } from './admin-overlay.js';
/** Endpoint fields the console edits (credentials and cloud-specific extras stay file-only). */
export declare const EDITABLE_ENDPOINT_FIELDS: readonly ["api_base", "endpoint_type", "rpm", "tpm", "concurrent_requests", "enabled", "proxy", "headers", "key_selection", "timeout", "region", "api_version"];
/** A key as the console sends it: a new secret, or an existing key by id (secret omitted or masked). */
export interface DesiredKey extends KeyAttributes {
    id?: string;
    key?: string;
}
export interface DesiredEndpoint {
    id: string;
    fields: Partial<Record<(typeof EDITABLE_ENDPOINT_FIELDS)[number], unknown>>;
    /** Undefined = keys unchanged. */
    keys?: DesiredKey[];
}
/**
 * The minimal overlay entry that turns the file's endpoint (`base`) into `desired`. File secrets
 * are never copied: kept file keys become attribute patches; only console-entered secrets are
 * stored. Returns undefined when desired equals the file (the overlay entry can go).
 */
export declare function endpointOverlayFor(base: Record<string, unknown> | undefined, current: Record<string, unknown> | undefined, previous: EndpointOverlay | undefined, desired: DesiredEndpoint): EndpointOverlay | undefined;

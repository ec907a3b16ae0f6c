import type { AdminOverlay, EndpointOverlay } from './admin-overlay.js';
export interface MergeOptions {
    /** Resolve `${ENV}` in console-entered values (true when building the live config). */
    interpolate: boolean;
    env?: NodeJS.ProcessEnv;
}
/**
 * The file's settings (VERSION 2 shape, as given) with the console overlay on top: endpoints
 * patched, added or removed by id; models and routes replaced whole by name. Pure: the inputs
 * are not modified.
 */
export declare function mergeSettingsSource(base: Record<string, unknown>, overlay: AdminOverlay, options: MergeOptions): Record<string, unknown>;
/** One endpoint with its overlay applied; undefined when the overlay deletes it. */
export declare function mergeEndpoint(id: string, base: Record<string, unknown> | undefined, ov: EndpointOverlay, options: MergeOptions): Record<string, unknown> | undefined;

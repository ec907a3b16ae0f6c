import type { KvStore } from '../../../store/gateway-store.js';
import { type AdminOverlay } from './admin-overlay.js';
/** KV name of the console overlay document. */
export declare const OVERLAY_KEY = "admin_overlay";
/**
 * Reads and writes the console overlay in the gateway store (SQLite / Postgres / memory). Without
 * a store the overlay lives in memory only, for this process's lifetime.
 */
export declare class OverlayStore {
    private readonly kv;
    private memory;
    constructor(kv: KvStore | undefined);
    get persistent(): boolean;
    load(): Promise<AdminOverlay>;
    save(overlay: AdminOverlay): Promise<void>;
}

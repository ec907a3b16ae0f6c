import type { KvStore } from '../../../store/gateway-store.js';
import { type AdminOverlay, emptyOverlay, parseOverlay } from './admin-overlay.js';

/** KV name of the console overlay document. */
export const OVERLAY_KEY = 'admin_overlay';

/**
 * Reads and writes the console overlay in the gateway store (SQLite / Postgres / memory). Without
 * a store the overlay lives in memory only, for this process's lifetime.
 */
export class OverlayStore {
  private memory: AdminOverlay = emptyOverlay();

  constructor(private readonly kv: KvStore | undefined) {}

  get persistent(): boolean {
    return this.kv !== undefined;
  }

  async load(): Promise<AdminOverlay> {
    if (!this.kv) return structuredClone(this.memory);
    const text = await this.kv.getValue(OVERLAY_KEY);
    return text ? parseOverlay(text) : emptyOverlay();
  }

  async save(overlay: AdminOverlay): Promise<void> {
    if (!this.kv) {
      this.memory = structuredClone(overlay);
      return;
    }
    await this.kv.setValue(OVERLAY_KEY, JSON.stringify(overlay));
  }
}

import { ConfigError } from '../../../errors/config-error.js';
import type { GatewayConfig } from '../../config/gateway-config.js';
import type { GatewayRuntime, ReloadResult } from '../../gateway-runtime.js';
import { type AdminOverlay, emptyOverlay, isOverlayEmpty } from '../overlay/admin-overlay.js';
import { buildMergedConfig } from '../overlay/build-merged-config.js';
import { mergeSettingsSource } from '../overlay/merge-settings.js';
import type { OverlayStore } from '../overlay/overlay-store.js';
import type { ChangeBus } from './change-bus.js';
import { resolveActive } from './resolve-active.js';

/** What a console edit sees: the latest stored overlay (to change in place) and the file's config. */
export interface MutationContext {
  overlay: AdminOverlay;
  base: GatewayConfig;
  /** Merged settings before this edit, console `${ENV}` references kept. */
  source: Record<string, unknown>;
}

/**
 * Owns "file + console overlay = running config". The file's config is the base (whatever the
 * gateway loaded last); the overlay comes from the store. Every edit is serialised, re-based on
 * the latest stored overlay (other instances may have saved since), validated by building the
 * merged config, applied live (`applyConfig`), then saved and announced to other instances.
 */
export class AdminConfigManager {
  private base!: GatewayConfig;
  private overlay: AdminOverlay = emptyOverlay();
  /** Configs this manager produced or already merged; anything else came from a file reload. */
  private readonly known = new WeakSet<GatewayConfig>();
  private queue: Promise<unknown> = Promise.resolve();
  private lastActiveRaw: string | undefined;
  /** Set when the overlay no longer fits the file (e.g. the file dropped an endpoint a console model uses). */
  overlayError: string | undefined;

  constructor(
    private readonly runtime: GatewayRuntime,
    private readonly store: OverlayStore,
    private readonly bus: ChangeBus,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async start(): Promise<void> {
    this.base = this.runtime.state().config;
    this.known.add(this.base);
    try {
      this.overlay = await this.store.load();
    } catch (err) {
      this.overlayError = (err as Error).message;
      this.runtime.logger.error({ err: this.overlayError }, 'admin console: stored overlay ignored');
    }
    this.lastActiveRaw = await this.runtime.store?.getValue('active_models').catch(() => undefined);
    if (!isOverlayEmpty(this.overlay)) await this.applyCurrent();
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  get revision(): number {
    return this.overlay.revision;
  }

  /** The file's config (no console changes). */
  baseConfig(): GatewayConfig {
    return this.base;
  }

  currentOverlay(): AdminOverlay {
    return structuredClone(this.overlay);
  }

  /** Merged settings as written (console `${ENV}` references kept) — what edits start from. */
  currentSource(): Record<string, unknown> {
    return mergeSettingsSource(this.base.settings.source, this.overlay, { interpolate: false });
  }

  /** Merges the overlay onto a freshly loaded file config (reload path). Never throws. */
  mergeLoaded(base: GatewayConfig): GatewayConfig {
    this.base = base;
    this.known.add(base);
    if (isOverlayEmpty(this.overlay)) {
      this.overlayError = undefined;
      return base;
    }
    try {
      const merged = buildMergedConfig(base, this.overlay, this.env);
      this.known.add(merged);
      this.overlayError = undefined;
      return merged;
    } catch (err) {
      this.overlayError = `console changes could not be applied on top of the config file: ${(err as Error).message}`;
      this.runtime.logger.error(
        { err: (err as Error).message },
        'admin console: overlay does not fit the reloaded file; running the file alone',
      );
      return base;
    }
  }

  /**
   * Safety net for gateways mounted without `withAdminConsole`: picks up a config applied behind
   * our back (a file reload) and puts the overlay back on top (checked every tick and request).
   */
  async sync(): Promise<void> {
    const current = this.runtime.state().config;
    if (this.known.has(current)) return;
    await this.exclusive(async () => {
      const now = this.runtime.state().config;
      if (this.known.has(now)) return;
      const merged = this.mergeLoaded(now);
      if (merged !== now) await this.runtime.applyConfig(merged);
    });
  }

  /** Runs a console edit. A ConfigError (bad input) leaves everything unchanged. */
  mutate(change: (m: MutationContext) => void | Promise<void>): Promise<ReloadResult> {
    return this.exclusive(async () => {
      const latest = await this.store.load();
      const next = structuredClone(latest.revision >= this.overlay.revision ? latest : this.overlay);
      const source = mergeSettingsSource(this.base.settings.source, next, { interpolate: false });
      await change({ overlay: next, base: this.base, source });
      prune(next);
      next.revision = Math.max(latest.revision, this.overlay.revision) + 1;
      next.updated_at = Date.now();
      const result = await this.install(next);
      await this.store.save(next);
      this.overlay = next;
      this.bus.publish({ kind: 'config', revision: next.revision });
      return result;
    });
  }

  /** Another instance changed the overlay (notice or poll): load and apply it. */
  async refreshFromStore(): Promise<void> {
    await this.exclusive(async () => {
      let latest: AdminOverlay;
      try {
        latest = await this.store.load();
      } catch (err) {
        this.runtime.logger.warn({ err: (err as Error).message }, 'admin console: could not read the overlay');
        return;
      }
      if (latest.revision === this.overlay.revision) return;
      this.overlay = latest;
      await this.applyCurrent();
    });
    await this.refreshActive();
  }

  /** Active models chosen on another instance. */
  async refreshActive(): Promise<void> {
    const raw = await this.runtime.store?.getValue('active_models').catch(() => undefined);
    if (raw === undefined || raw === this.lastActiveRaw) return;
    this.lastActiveRaw = raw;
    try {
      const v = JSON.parse(raw) as { chat?: unknown; vision?: unknown };
      await this.runtime.setActiveModels({
        chat: typeof v.chat === 'string' ? v.chat : null,
        vision: typeof v.vision === 'string' ? v.vision : null,
      });
      this.lastActiveRaw = await this.runtime.store?.getValue('active_models').catch(() => raw);
    } catch {
      // A malformed value is ignored; the gateway keeps its current active models.
    }
  }

  /**
   * Clears active-model choices that no longer resolve (after discarding console changes, the
   * model they named may be gone); requests then fall back to the file's active models.
   */
  async dropStaleActive(): Promise<string[]> {
    const state = this.runtime.state();
    const stale: { chat?: null; vision?: null } = {};
    const names: string[] = [];
    for (const kind of ['chat', 'vision'] as const) {
      const name = state.active[kind];
      if (!name) continue;
      if ('error' in resolveActive(name, state)) {
        stale[kind] = null;
        names.push(`${kind}: ${name}`);
      }
    }
    if (names.length) {
      await this.runtime.setActiveModels(stale);
      this.lastActiveRaw = await this.runtime.store?.getValue('active_models').catch(() => undefined);
      this.bus.publish({ kind: 'active' });
    }
    return names;
  }

  /** Records the active-models value this instance just wrote (so polling does not re-apply it). */
  noteActiveWritten(raw: string | undefined): void {
    this.lastActiveRaw = raw;
  }

  private async install(overlay: AdminOverlay): Promise<ReloadResult> {
    const merged = buildMergedConfig(this.base, overlay, this.env);
    this.known.add(merged);
    const result = await this.runtime.applyConfig(merged);
    if (!result.ok) throw new ConfigError([{ path: '', message: result.error ?? 'the gateway rejected the new config' }]);
    this.overlayError = undefined;
    return result;
  }

  private async applyCurrent(): Promise<void> {
    const merged = this.mergeLoaded(this.base);
    if (merged !== this.runtime.state().config) await this.runtime.applyConfig(merged);
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Drops empty per-backend model maps so an undone edit leaves no trace. */
function prune(o: AdminOverlay): void {
  for (const [b, models] of Object.entries(o.models)) if (Object.keys(models).length === 0) delete o.models[b];
}

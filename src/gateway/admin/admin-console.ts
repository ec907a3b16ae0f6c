import { createHash, randomUUID } from 'node:crypto';
import type { StableEngine } from '../../engine/stable-engine.js';
import type { GatewayRuntime } from '../gateway-runtime.js';
import { CsrfTokens } from './auth/csrf-token.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { AdminConfigManager } from './config/admin-config-manager.js';
import { ChangeBus, type ChangeNotice } from './config/change-bus.js';
import { OverlayStore } from './overlay/overlay-store.js';
import { HealthWatcher } from './stats/health-watcher.js';
import { LiveStats } from './stats/live-stats.js';
import { type HealthTarget, healthBoard } from './views/health-board.js';

export interface AdminConsoleOptions {
  /** Environment for `${ENV}` references in console-entered values. */
  env?: NodeJS.ProcessEnv;
  /** Health board refresh, ms. Default 2000. */
  tickMs?: number;
  /** Store poll for other instances' changes, ms. Default 5000 without Redis, 30 000 with. */
  pollMs?: number;
}

/**
 * The admin console's services for one gateway: config overlay (persist + live apply +
 * multi-instance), live traffic stats, the health board and its event feed, login throttling
 * and CSRF tokens. Route handlers get this object.
 */
export class AdminConsole {
  readonly instanceId = randomUUID().slice(0, 8);
  readonly csrf = new CsrfTokens();
  readonly throttle = new LoginThrottle();
  readonly stats = new LiveStats();
  readonly watcher = new HealthWatcher();
  readonly bus: ChangeBus;
  readonly config: AdminConfigManager;
  /** Latest health board (refreshed every tick; SSE clients share it). */
  board: HealthTarget[] = [];
  boardAt = 0;
  /** Open /admin/api/events streams (not counted as traffic in the dashboard's in-flight number). */
  streams = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastPoll = 0;
  private readonly tickMs: number;
  private pollMs: number;
  private readonly closeListeners = new Set<() => void>();
  private closed = false;

  constructor(
    readonly runtime: GatewayRuntime,
    options: AdminConsoleOptions = {},
  ) {
    this.bus = new ChangeBus(this.instanceId, runtime.logger);
    this.config = new AdminConfigManager(runtime, new OverlayStore(runtime.store), this.bus, options.env ?? process.env);
    this.tickMs = options.tickMs ?? 2000;
    this.pollMs = options.pollMs ?? 5000;
  }

  async start(): Promise<void> {
    const usage = this.runtime.usage;
    const previous = usage.onRecord;
    usage.onRecord = (row) => {
      previous?.(row);
      this.stats.add(row);
    };
    await this.config.start();
    const redisUrl = this.runtime.state().config.stores.redisUrl;
    // Instances that share a store share a channel (the store is what they reload from).
    const store = this.runtime.store;
    const scope = createHash('sha256')
      .update(store ? `${store.kind}:${store.location}` : `instance:${this.instanceId}`)
      .digest('hex')
      .slice(0, 16);
    await this.bus.connect(store ? redisUrl : undefined, scope, (n) => void this.onNotice(n));
    if (this.bus.connected) this.pollMs = Math.max(this.pollMs, 30_000);
    this.refreshBoard();
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref();
  }

  /** The engine as the real StableEngine when it is one (key pools, breakers); undefined for fakes. */
  stableEngine(): StableEngine | undefined {
    const e = this.runtime.state().engine as Partial<StableEngine>;
    return typeof e.keyPools === 'function' && typeof e.breakerRegistry === 'function' ? (e as StableEngine) : undefined;
  }

  refreshBoard(): HealthTarget[] {
    const state = this.runtime.state();
    try {
      this.board = healthBoard(state.engine, state.config.settings);
    } catch (err) {
      this.runtime.logger.warn({ err: (err as Error).message }, 'admin console: health board failed');
    }
    this.boardAt = Date.now();
    this.watcher.observe(this.board, this.boardAt);
    return this.board;
  }

  /** Called when the gateway starts draining or by tests; stops timers, Redis and event streams. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.bus.close();
    for (const l of this.closeListeners) l();
    this.closeListeners.clear();
  }

  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async tick(): Promise<void> {
    if (this.runtime.draining) {
      this.close();
      return;
    }
    try {
      await this.config.sync();
      const now = Date.now();
      if (now - this.lastPoll >= this.pollMs) {
        this.lastPoll = now;
        await this.config.refreshFromStore();
        // Gateway keys created or revoked on another instance (without Redis notices).
        if (!this.bus.connected) await this.runtime.refreshKeys();
      }
    } catch (err) {
      this.runtime.logger.warn({ err: (err as Error).message }, 'admin console: sync failed');
    }
    this.refreshBoard();
  }

  private async onNotice(n: ChangeNotice): Promise<void> {
    try {
      if (n.kind === 'config') await this.config.refreshFromStore();
      else if (n.kind === 'keys') await this.runtime.refreshKeys();
      else if (n.kind === 'active') await this.config.refreshActive();
      else if (n.kind === 'breaker' && n.deployment) this.stableEngine()?.breakerRegistry().get(n.deployment).reset();
      else if (n.kind === 'key_enable' && n.endpoint && n.keyId) this.stableEngine()?.keyPools().get(n.endpoint)?.enable(n.keyId);
    } catch (err) {
      this.runtime.logger.warn(
        { err: (err as Error).message, kind: n.kind },
        'admin console: applying a change from another instance failed',
      );
    }
  }
}

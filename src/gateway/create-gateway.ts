import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeploymentLimiter } from '../engine/create-deployment-limiter.js';
import type { EngineEvents } from '../engine/engine-types.js';
import type { LimiterStore } from '../resilience/limiter-store.js';
import { MemoryLimiterStore } from '../resilience/memory-limiter-store.js';
import { RateLimiter } from '../resilience/rate-limiter.js';
import { buildDefaultPlan } from '../router/build-default-plan.js';
import type { PlanTarget } from '../router/plan-target.js';
import type { GatewayStore } from '../store/gateway-store.js';
import type { UsageRow } from '../store/usage-row.js';
import { isAdminRequest } from './auth/admin-session.js';
import { authenticate } from './auth/authenticate.js';
import { KeyIndex } from './auth/key-index.js';
import { retryAfterFromStatus } from './chat/retry-after-from-status.js';
import type { GatewayConfig } from './config/gateway-config.js';
import { defaultEngineFactory } from './engine/default-engine-factory.js';
import type { EngineFactory } from './engine/engine-factory.js';
import type { GatewayRuntime, ReloadResult } from './gateway-runtime.js';
import type { GatewayState } from './gateway-state.js';
import { applyCors } from './http/apply-cors.js';
import { GatewayHttpError } from './http/http-error.js';
import { RequestContext } from './http/request-context.js';
import { requestIdFor } from './http/request-id.js';
import { GatewayRouter } from './http/router.js';
import { sendError } from './http/send-error.js';
import { toGatewayHttpError } from './http/to-gateway-http-error.js';
import { GatewayLimiter } from './limits/gateway-limiter.js';
import { accessLogger, createLogger, type GatewayLogger } from './logging/create-logger.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { registerBuiltinRoutes } from './routes/register-builtin-routes.js';
import { SpendTracker } from './usage/spend-tracker.js';
import { UsageRecorder } from './usage/usage-recorder.js';
import { GATEWAY_VERSION } from './version.js';

export interface CreateGatewayOptions {
  config: GatewayConfig;
  /** Re-reads the config for `reload()` (file watcher, SIGHUP, admin). Default: the same config. */
  loadConfig?: () => GatewayConfig | Promise<GatewayConfig>;
  /** Default: the real resilience engine. */
  engineFactory?: EngineFactory;
  /** Usage log, keys, kv. Undefined = no persistence. */
  store?: GatewayStore;
  /** Limits storage (Redis / SQLite to share across processes). Default: memory. */
  limiterStore?: LimiterStore;
  logger?: GatewayLogger;
  /** Called with the router after built-in routes are registered (admin console, plug-ins). */
  registerRoutes?: (router: GatewayRouter, runtime: GatewayRuntime) => void | Promise<void>;
}

const CTX = Symbol('stable-llm.ctx');
type TrackedResponse = ServerResponse & { [CTX]?: RequestContext };
/** How often keys and spend are re-read from the store (other instances / admin changes). */
const STORE_REFRESH_MS = 30_000;

/**
 * The gateway without its process concerns (no config file, signals or banner): a request
 * handler over an atomically swappable config snapshot. `startGateway` wraps it; tests use it
 * directly with a fake engine.
 */
export class Gateway implements GatewayRuntime {
  readonly logger: GatewayLogger;
  private readonly access: GatewayLogger;
  readonly metrics: GatewayMetrics;
  readonly usage: UsageRecorder;
  readonly store: GatewayStore | undefined;
  readonly limits: GatewayLimiter;
  readonly spend = new SpendTracker();
  readonly router = new GatewayRouter();
  readonly startedAt = Date.now();
  readonly version = GATEWAY_VERSION;
  server: Server | undefined;

  private current!: GatewayState;
  private generation = 0;
  private inflightCount = 0;
  private isDraining = false;
  private drainWaiters: (() => void)[] = [];
  private readonly engineFactory: EngineFactory;
  private readonly loadConfig: (() => GatewayConfig | Promise<GatewayConfig>) | undefined;
  private readonly deploymentLimiter: ReturnType<typeof createDeploymentLimiter>;
  private readonly events: EngineEvents;
  private storeKeys: Awaited<ReturnType<GatewayStore['listKeys']>> = [];
  private activeOverride: { chat?: string; vision?: string } = {};
  private refreshTimer: NodeJS.Timeout | undefined;
  private reloading: Promise<ReloadResult> | undefined;
  private closed = false;

  private constructor(options: CreateGatewayOptions) {
    const config = options.config;
    this.logger = options.logger ?? createLogger({ level: config.server.logLevel });
    this.access = accessLogger(this.logger);
    this.metrics = new GatewayMetrics();
    this.store = options.store;
    this.usage = new UsageRecorder({
      store: config.stores.usageLog ? options.store : undefined,
      logger: this.logger,
      intervalMs: config.stores.flushIntervalMs,
    });
    this.usage.onRecord = (row) => this.spend.add(row.key_id, row.cost_usd);
    const limiterStore = options.limiterStore ?? new MemoryLimiterStore();
    this.limits = new GatewayLimiter(new RateLimiter({ store: limiterStore }), this.logger);
    this.limits.onLimited = (scope) =>
      this.metrics.gatewayLimited(scope.startsWith('gw:key:') ? 'key' : scope.startsWith('gw:model:') ? 'model' : 'global');
    this.deploymentLimiter = createDeploymentLimiter({ store: limiterStore });
    this.engineFactory = options.engineFactory ?? defaultEngineFactory;
    this.loadConfig = options.loadConfig;
    this.events = this.engineEvents();
    this.handle = this.handle.bind(this);
  }

  /** Builds the gateway: first state, store-backed keys and spend, routes. */
  static async create(options: CreateGatewayOptions): Promise<Gateway> {
    const gw = new Gateway(options);
    if (gw.store) {
      gw.storeKeys = await gw.store.listKeys();
      // Spend only matters for gateway keys (budgets, console); summing a large usage log is slow.
      if (gw.storeKeys.length > 0 || options.config.server.keys.length > 0) await gw.spend.refresh(gw.store);
      gw.activeOverride = await gw.readActiveOverride();
    }
    gw.current = await gw.buildState(options.config, undefined);
    gw.metrics.setStatusSource(() => gw.current.engine.getServiceStatus());
    registerBuiltinRoutes(gw.router);
    if (options.registerRoutes) await options.registerRoutes(gw.router, gw);
    if (gw.store) {
      gw.refreshTimer = setInterval(() => void gw.refreshFromStore(), STORE_REFRESH_MS);
      gw.refreshTimer.unref();
    }
    for (const w of options.config.warnings) gw.logger.warn(`config: ${w}`);
    return gw;
  }

  state(): GatewayState {
    return this.current;
  }

  get draining(): boolean {
    return this.isDraining;
  }

  inflight(): number {
    return this.inflightCount;
  }

  // ---- config snapshots ----------------------------------------------------------------------

  private async buildState(config: GatewayConfig, previous: GatewayState | undefined): Promise<GatewayState> {
    const engine = await this.engineFactory({ config, events: this.events, limiter: this.deploymentLimiter, previous: previous?.engine });
    const keys = new KeyIndex({
      masterKey: config.server.masterKey,
      adminKey: config.server.adminKey,
      staticKeys: config.server.keys,
      storedKeys: this.storeKeys,
    });
    let plan: PlanTarget[] | undefined;
    return {
      generation: ++this.generation,
      config,
      engine,
      keys,
      defaultPlan: () => (plan ??= buildDefaultPlan(config.settings, config.serviceOrder)),
      active: {
        chat: this.activeOverride.chat ?? config.active.chat,
        vision: this.activeOverride.vision ?? config.active.vision,
      },
      hasProviders: config.providers.length > 0,
    };
  }

  async reload(): Promise<ReloadResult> {
    if (!this.loadConfig) return this.applyConfig(this.current.config);
    // Coalesce bursts (an editor writing a file several times).
    this.reloading ??= (async () => {
      try {
        let next: GatewayConfig;
        try {
          next = await this.loadConfig!();
        } catch (err) {
          const message = (err as Error).message;
          this.logger.error({ err: message }, 'config reload rejected; keeping the previous config');
          return { ok: false, generation: this.current.generation, error: message, warnings: [] };
        }
        return await this.applyConfig(next);
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  async applyConfig(config: GatewayConfig): Promise<ReloadResult> {
    try {
      const next = await this.buildState(config, this.current);
      this.current = next;
      for (const w of config.warnings) this.logger.warn(`config: ${w}`);
      this.logger.info({ generation: next.generation, providers: config.providers }, 'config applied');
      return { ok: true, generation: next.generation, warnings: config.warnings };
    } catch (err) {
      const message = (err as Error).message;
      this.logger.error({ err: message }, 'config rejected; keeping the previous config');
      return { ok: false, generation: this.current.generation, error: message, warnings: [] };
    }
  }

  async refreshKeys(): Promise<void> {
    if (!this.store) return;
    this.storeKeys = await this.store.listKeys();
    const s = this.current;
    this.current = {
      ...s,
      keys: new KeyIndex({
        masterKey: s.config.server.masterKey,
        adminKey: s.config.server.adminKey,
        staticKeys: s.config.server.keys,
        storedKeys: this.storeKeys,
      }),
    };
  }

  async setActiveModels(active: { chat?: string | null; vision?: string | null }): Promise<void> {
    for (const kind of ['chat', 'vision'] as const) {
      const v = active[kind];
      if (v === undefined) continue;
      if (v === null) delete this.activeOverride[kind];
      else this.activeOverride[kind] = v;
    }
    await this.store?.setValue('active_models', JSON.stringify(this.activeOverride));
    const s = this.current;
    this.current = {
      ...s,
      active: { chat: this.activeOverride.chat ?? s.config.active.chat, vision: this.activeOverride.vision ?? s.config.active.vision },
    };
  }

  private async readActiveOverride(): Promise<{ chat?: string; vision?: string }> {
    const raw = await this.store?.getValue('active_models').catch(() => undefined);
    if (!raw) return {};
    try {
      const v = JSON.parse(raw) as { chat?: unknown; vision?: unknown };
      return { chat: typeof v.chat === 'string' ? v.chat : undefined, vision: typeof v.vision === 'string' ? v.vision : undefined };
    } catch {
      return {};
    }
  }

  private async refreshFromStore(): Promise<void> {
    try {
      await this.refreshKeys();
      await this.usage.flush();
      // Summing the usage log is O(rows) and synchronous on SQLite (55 ms at 100k rows): only
      // worth it when gateway keys exist whose spend other instances may have changed.
      if (this.storeKeys.length > 0 || this.current.config.server.keys.length > 0) {
        await this.spend.refresh(this.store, this.usage.pendingSpend());
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'store refresh failed');
    }
  }

  // ---- request handling ----------------------------------------------------------------------

  /** node:http request listener (bound once; no per-request closures on the common path). */
  handle(req: IncomingMessage, res: ServerResponse): void {
    const ctx = new RequestContext(req, res, this, this.current, requestIdFor(req), req.url ?? '/');
    (res as TrackedResponse)[CTX] = ctx;
    res.setHeader('x-request-id', ctx.requestId);
    this.inflightCount++;
    this.metrics.requestStarted();
    res.once('close', onResponseClose);
    let result: Promise<void> | void;
    try {
      result = this.dispatch(ctx);
    } catch (err) {
      sendError(ctx, err);
      this.handlerDone(ctx);
      return;
    }
    if (result)
      result.then(
        () => this.handlerDone(ctx),
        (err: unknown) => this.handlerFailed(ctx, err),
      );
    else this.handlerDone(ctx);
  }

  private dispatch(ctx: RequestContext): Promise<void> | void {
    const cors = ctx.state.config.server.cors;
    const route = this.router.match(ctx.method, ctx.path);
    if (cors && applyCors(ctx, cors, route?.methods ?? this.router.allowedMethods(ctx.path))) return;
    if (!route) {
      const methods = this.router.allowedMethods(ctx.path);
      if (methods) {
        throw new GatewayHttpError({
          status: 405,
          type: 'invalid_request_error',
          code: 'method_not_allowed',
          message: `${ctx.method} is not allowed on ${ctx.path}; use ${methods.join(', ')}`,
          headers: { allow: methods.join(', ') },
        });
      }
      throw new GatewayHttpError({
        status: 404,
        type: 'invalid_request_error',
        code: 'not_found',
        message: `no route for ${ctx.method} ${ctx.path}; see /docs`,
      });
    }
    ctx.route = route;
    if (route.auth === 'api') {
      if (this.isDraining) {
        throw new GatewayHttpError({
          status: 503,
          type: 'service_unavailable_error',
          code: 'shutting_down',
          message: 'gateway is shutting down; retry on another instance',
          headers: { connection: 'close', 'retry-after': '1' },
        });
      }
      ctx.caller = authenticate(ctx);
    } else if (route.auth === 'admin' && !isAdminRequest(ctx)) {
      throw new GatewayHttpError({
        status: 401,
        type: 'authentication_error',
        code: 'admin_login_required',
        message: 'admin login required (admin_key, or master_key when no admin_key is set)',
      });
    }
    return route.handler(ctx);
  }

  private handlerFailed(ctx: RequestContext, err: unknown): void {
    const attempts = (err as { attempts?: unknown } | null)?.attempts;
    if (Array.isArray(attempts)) ctx.attempts = attempts;
    const e = toGatewayHttpError(err);
    if (e.status === 429 && !e.headers['retry-after'] && Array.isArray(attempts) && attempts.length > 0) {
      // The engine did not say when to come back; the key pools know.
      const ms = retryAfterFromStatus(
        ctx.state.engine.getServiceStatus(),
        (attempts as { target: string }[]).map((a) => a.target),
      );
      if (ms !== undefined) {
        e.headers['retry-after'] = String(Math.max(1, Math.ceil(ms / 1000)));
        e.headers['retry-after-ms'] = String(Math.ceil(ms));
      }
    }
    sendError(ctx, e);
    this.handlerDone(ctx);
  }

  private handlerDone(ctx: RequestContext): void {
    if (--ctx.pendingSignals === 0) this.finalize(ctx);
  }

  /** @internal called by the response 'close' listener. */
  responseClosed(ctx: RequestContext): void {
    if (!ctx.res.writableFinished) ctx.markClientGone();
    this.handlerDone(ctx);
  }

  /** Once the handler settled and the response closed: metrics, usage row, log line, drain. */
  private finalize(ctx: RequestContext): void {
    const res = ctx.res;
    const status = ctx.streamErrorStatus ?? (ctx.clientGone && !res.writableFinished ? 499 : res.statusCode);
    const ms = ctx.elapsedMs();
    const endpoint = ctx.route?.name ?? 'unmatched';
    this.metrics.requestFinished(endpoint, ctx.target, status, ms / 1000);
    const tokens = ctx.promptTokens + ctx.completionTokens;
    if (ctx.lease) this.limits.settle(ctx.lease, tokens);
    if (ctx.recordUsage) {
      if (ctx.target) {
        this.metrics.usage(ctx.target, ctx.promptTokens, ctx.completionTokens, ctx.costUsd);
        if (ctx.stream && ctx.ttftMs !== undefined) this.metrics.firstToken(ctx.target, ctx.ttftMs / 1000);
      }
      this.usage.record(this.usageRow(ctx, status, ms));
    }
    const config = ctx.state.config.server;
    if (config.logRequests && (ctx.recordUsage || status >= 400 || ctx.route?.auth !== 'none')) {
      const line: Record<string, unknown> = {
        reqId: ctx.requestId,
        method: ctx.method,
        path: ctx.path,
        status,
        ms: Math.round(ms * 100) / 100,
      };
      if (ctx.caller?.keyId) line.key = ctx.caller.keyId;
      if (ctx.requestedModel) line.model = ctx.requestedModel;
      if (ctx.target) line.target = ctx.target;
      if (ctx.stream) line.stream = true;
      if (tokens) line.tokens = tokens;
      if (ctx.costUsd) line.cost = ctx.costUsd;
      if (ctx.attempts && ctx.attempts.length > 1) line.attempts = ctx.attempts.length;
      if (ctx.errorKind) {
        line.error = ctx.errorKind;
        line.msg_detail = ctx.errorMessage;
      }
      if (status >= 500 && status !== 503) this.access.warn(line, 'request failed');
      else this.access.info(line, 'request');
    }
    this.inflightCount--;
    if (this.isDraining && this.inflightCount === 0) for (const w of this.drainWaiters.splice(0)) w();
  }

  private usageRow(ctx: RequestContext, status: number, ms: number): UsageRow {
    const attempts = ctx.attempts as { outcome?: string }[] | undefined;
    return {
      ts: ctx.startedAtMs,
      request_id: ctx.requestId,
      key_id: ctx.caller?.keyId ?? null,
      endpoint: ctx.route?.name ?? ctx.path,
      route: ctx.requestedModel ?? null,
      backend: ctx.backend ?? null,
      model: ctx.model ?? null,
      target: ctx.target ?? null,
      status,
      error_kind: ctx.errorKind ?? null,
      stream: ctx.stream,
      prompt_tokens: ctx.promptTokens,
      completion_tokens: ctx.completionTokens,
      total_tokens: ctx.promptTokens + ctx.completionTokens,
      cost_usd: ctx.costUsd,
      latency_ms: Math.round(ms * 100) / 100,
      ttft_ms: ctx.ttftMs === undefined ? null : Math.round(ctx.ttftMs * 100) / 100,
      attempts: attempts ? attempts.filter((a) => a.outcome !== 'skipped').length : 0,
      attempts_json: attempts?.length ? JSON.stringify(attempts) : null,
    };
  }

  private engineEvents(): EngineEvents {
    return {
      onAttempt: (a) => {
        if (a.outcome === 'error' && a.kind && a.kind !== 'aborted')
          this.metrics.upstreamError(a.target.slice(0, a.target.indexOf('/')), a.kind);
      },
      onFailover: (from, to) => this.metrics.failover(from.target, to),
      onBreakerChange: (deployment, from, to) => this.logger.warn({ deployment, from, to }, 'circuit breaker state changed'),
      onKeyCooldown: (endpoint, keyId, untilMs, reason) => {
        this.metrics.keyCooldown(endpoint);
        this.logger.info(
          { endpoint, keyId, until: Number.isFinite(untilMs) ? new Date(untilMs).toISOString() : 'disabled', reason },
          'API key cooling down',
        );
      },
    };
  }

  // ---- server lifecycle ------------------------------------------------------------------------

  /** Creates the HTTP server and listens. Port 0 picks a free port. */
  listen(port: number, host: string): Promise<{ url: string; port: number }> {
    const server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 30_000, requestTimeout: 120_000 }, this.handle);
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const addr = server.address() as AddressInfo;
        const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
        resolve({ url: `http://${shownHost}:${addr.port}`, port: addr.port });
      });
    });
  }

  /**
   * Graceful stop: refuse new work, let in-flight requests finish (up to `drainMs`, default
   * server.shutdown_timeout), then cut what is left, flush the usage log and close stores.
   */
  async close(drainMs = this.current.config.server.shutdownTimeoutMs): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.isDraining = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    const server = this.server;
    const closedServer = server ? new Promise<void>((r) => server.close(() => r())) : Promise.resolve();
    server?.closeIdleConnections();
    if (this.inflightCount > 0) {
      this.logger.info({ inflight: this.inflightCount, drainMs }, 'draining in-flight requests');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((r) => this.drainWaiters.push(r)),
        new Promise<void>((r) => {
          timer = setTimeout(r, drainMs);
        }),
      ]);
      clearTimeout(timer);
      if (this.inflightCount > 0) this.logger.warn({ inflight: this.inflightCount }, 'drain timeout; closing remaining connections');
    }
    server?.closeAllConnections();
    await closedServer;
    await this.usage.close();
    await this.limits.close().catch(() => undefined);
    await (this.current.engine as { close?: () => Promise<void> }).close?.().catch(() => undefined);
    await this.store?.close().catch((err: unknown) => this.logger.warn({ err: (err as Error).message }, 'store close failed'));
    this.logger.flush?.();
  }
}

function onResponseClose(this: TrackedResponse): void {
  const ctx = this[CTX];
  if (ctx && ctx.runtime instanceof Gateway) ctx.runtime.responseClosed(ctx);
}

/** Builds a gateway (see Gateway.create). */
export function createGateway(options: CreateGatewayOptions): Promise<Gateway> {
  return Gateway.create(options);
}

import cluster from 'node:cluster';
import type { GatewayStore } from '../store/gateway-store.js';
import type { FakeUpstream } from '../testing/fake-upstream/fake-upstream.js';
import type { GatewayConfig } from './config/gateway-config.js';
import { loadGatewayConfig } from './config/load-gateway-config.js';
import { type CreateGatewayOptions, createGateway, type Gateway } from './create-gateway.js';
import type { EngineFactory } from './engine/engine-factory.js';
import type { GatewayRuntime, ReloadResult } from './gateway-runtime.js';
import type { GatewayRouter } from './http/router.js';
import { workerMetricsRenderer } from './lifecycle/cluster-metrics.js';
import { formatBanner } from './lifecycle/format-banner.js';
import { openLimiterStore } from './lifecycle/open-limiter-store.js';
import { runClusterPrimary } from './lifecycle/run-cluster-primary.js';
import { watchConfigFile } from './lifecycle/watch-config-file.js';
import { createLogger, type GatewayLogger } from './logging/create-logger.js';
import { GATEWAY_VERSION } from './version.js';

export interface StartGatewayOptions {
  /** Config file (YAML or JSON). Default: ./stable-llm.yaml if present, else environment variables only. */
  configPath?: string;
  /** A config object instead of a file (embedding, tests). */
  config?: Record<string, unknown>;
  /** Override server.host (default 127.0.0.1). */
  host?: string;
  /** Override server.port (default 8000; 0 = any free port). */
  port?: number;
  /** Serve the built-in, clearly labelled simulated provider (`local/demo-*`). */
  demo?: boolean;
  /** Processes to run (node:cluster). Default server.workers, else 1. */
  workers?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Watch the config file and hot-reload on change. Default true. */
  watch?: boolean;
  /** Install SIGTERM/SIGINT (drain + exit) and SIGHUP (reload) handlers. Default true. */
  handleSignals?: boolean;
  /** Print the startup banner (default: to stdout), or pass a function to receive it. */
  banner?: boolean | ((text: string) => void);
  /** Log destination (default: stdout, async). */
  logDestination?: NodeJS.WritableStream;
  /** `memory` keeps usage and keys in memory only (tests, read-only disks). */
  storeKind?: 'auto' | 'memory';
  /** Postgres schema for the store (tests isolate themselves). */
  postgresSchema?: string;
  /** Replace the resilience engine (tests). */
  engineFactory?: EngineFactory;
  /** Extra routes (plug-ins); the admin console registers itself automatically when present. */
  registerRoutes?: (router: GatewayRouter, runtime: GatewayRuntime) => void | Promise<void>;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Drains in-flight requests (bounded), flushes the usage log, closes stores and the demo provider. */
  close(): Promise<void>;
  /** Re-reads the config; a bad file is rejected and the running config kept. */
  reload(): Promise<ReloadResult>;
  /** The in-process gateway (undefined in a cluster primary, whose workers serve). */
  gateway: Gateway | undefined;
}

/**
 * `stable-llm serve`: config → stores → engine → HTTP server, with hot reload, signals, the
 * startup banner and `--workers`. Heavy modules (drivers, tokenizers, the demo server) load only
 * when used, to keep cold start small.
 */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const t0 = performance.now();
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  let demo: FakeUpstream | undefined;
  const primaryConfig = (): GatewayConfig => loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd });
  const workers = options.workers ?? (cluster.isPrimary ? primaryConfig().server.workers : 1);

  if (workers > 1 && cluster.isPrimary) return startPrimary(options, workers, t0);
  const isWorker = cluster.isWorker;

  if (options.demo) {
    const { startFakeUpstream } = await import('../testing/fake-upstream/start-fake-upstream.js');
    demo = await startFakeUpstream({ host: '127.0.0.1', port: 0 });
  }
  const load = (): GatewayConfig => {
    const config = loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd, demoUpstreamUrl: demo?.url });
    if (options.host !== undefined) config.server.host = options.host;
    if (options.port !== undefined) config.server.port = options.port;
    return config;
  };
  let config: GatewayConfig;
  try {
    config = load();
  } catch (err) {
    await demo?.close();
    throw err;
  }
  const logger = createLogger({ level: config.server.logLevel, destination: options.logDestination });
  let store: GatewayStore | undefined;
  let storeLabel = 'none';
  try {
    store = await openStore(config, options, logger);
    storeLabel = store ? `${store.kind} ${store.location}` : 'none';
  } catch (err) {
    await demo?.close();
    throw err;
  }
  let limiter: Awaited<ReturnType<typeof openLimiterStore>>;
  try {
    limiter = await openLimiterStore(config, { sharedOnHost: isWorker });
  } catch (err) {
    await store?.close();
    await demo?.close();
    throw err;
  }
  const admin = await loadAdminModule(logger);
  let createOptions: CreateGatewayOptions = {
    config,
    loadConfig: load,
    store,
    limiterStore: limiter.store,
    logger,
    engineFactory: options.engineFactory,
    registerRoutes: options.registerRoutes,
  };
  // The admin console mounts itself (routes, and its overlay merged into every reloaded config).
  if (admin?.withAdminConsole) createOptions = admin.withAdminConsole(createOptions);
  else if (admin?.registerAdminRoutes) {
    const register = admin.registerAdminRoutes;
    const extra = options.registerRoutes;
    createOptions.registerRoutes = async (router, runtime) => {
      await register(router, runtime);
      if (extra) await extra(router, runtime);
    };
  }
  const gateway = await createGateway(createOptions);
  if (isWorker) gateway.metrics.renderOverride = workerMetricsRenderer(gateway.metrics.registry);
  let address: { url: string; port: number };
  try {
    address = await gateway.listen(config.server.port, config.server.host);
  } catch (err) {
    await gateway.close(0);
    await demo?.close();
    throw new Error(`cannot listen on ${config.server.host}:${config.server.port}: ${(err as Error).message}`);
  }
  const watching = config.source === 'file' && config.configPath !== undefined && options.watch !== false;
  const watcher = watching
    ? watchConfigFile(config.configPath as string, () => {
        void gateway.reload();
      })
    : undefined;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      watcher?.close();
      removeSignals();
      await gateway.close();
      await demo?.close();
    })();
    return closing;
  };
  const removeSignals = options.handleSignals === false ? () => undefined : installSignals(gateway, close, logger);

  if (!isWorker && options.banner !== false) {
    const text = formatBanner({
      url: address.url,
      version: GATEWAY_VERSION,
      config,
      readyMs: performance.now() - t0,
      storeLabel,
      limitsLabel: limiter.kind,
      workers: 1,
      watching,
    });
    if (typeof options.banner === 'function') options.banner(text);
    else process.stdout.write(text);
  }
  logger.info(
    { url: address.url, generation: gateway.state().generation, providers: config.providers, worker: isWorker || undefined },
    'gateway listening',
  );
  return { url: address.url, port: address.port, close, reload: () => gateway.reload(), gateway };
}

async function openStore(config: GatewayConfig, options: StartGatewayOptions, logger: GatewayLogger): Promise<GatewayStore | undefined> {
  const { openGatewayStore } = await import('../store/open-gateway-store.js');
  try {
    return await openGatewayStore({
      sqlitePath: config.stores.sqlitePath,
      databaseUrl: config.stores.databaseUrl,
      postgresSchema: options.postgresSchema,
      kind: options.storeKind,
    });
  } catch (err) {
    if (config.stores.databaseUrl) throw new Error(`cannot open the Postgres store: ${(err as Error).message}`);
    // The embedded store is a convenience: without it the gateway still serves (memory only).
    logger.warn(
      { err: (err as Error).message, path: config.stores.sqlitePath },
      'SQLite store unavailable; usage log and keys kept in memory',
    );
    return openGatewayStore({ sqlitePath: ':memory:', kind: 'memory' });
  }
}

type RegisterRoutes = (router: GatewayRouter, runtime: GatewayRuntime) => unknown;

interface AdminModule {
  /** Wraps the gateway options (routes + config overlay); preferred when present. */
  withAdminConsole?: (options: CreateGatewayOptions) => CreateGatewayOptions;
  registerAdminRoutes?: RegisterRoutes;
}

/**
 * The admin console (`src/gateway/admin`) is loaded lazily, as its own chunk in the bundled CLI,
 * with a literal specifier so bundlers see it. A console that fails to load is logged and the
 * gateway runs without it.
 */
async function loadAdminModule(logger: GatewayLogger): Promise<AdminModule | undefined> {
  try {
    return (await import('./admin/index.js')) as AdminModule;
  } catch (err) {
    logger.error({ err: (err as Error).message }, 'admin console failed to load');
    return undefined;
  }
}

function installSignals(gateway: Gateway, close: () => Promise<void>, logger: GatewayLogger): () => void {
  let stopping = false;
  const onStop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, inflight: gateway.inflight() }, 'shutting down: draining in-flight requests');
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err: (err as Error).message }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  const onHup = (): void => {
    void gateway.reload();
  };
  process.on('SIGTERM', onStop);
  process.on('SIGINT', onStop);
  process.on('SIGHUP', onHup);
  return () => {
    process.off('SIGTERM', onStop);
    process.off('SIGINT', onStop);
    process.off('SIGHUP', onHup);
  };
}

async function startPrimary(options: StartGatewayOptions, workers: number, t0: number): Promise<RunningGateway> {
  const env = options.env ?? process.env;
  const config = loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd: options.cwd });
  if (options.host !== undefined) config.server.host = options.host;
  if (options.port !== undefined) config.server.port = options.port;
  const logger = createLogger({ level: config.server.logLevel, destination: options.logDestination });
  if (options.demo) throw new Error('--demo runs in a single process; drop --workers');
  if (!config.stores.redisUrl)
    logger.info('several workers without Redis: limits are shared through a SQLite file on this machine (use REDIS_URL across hosts)');
  const handle = await runClusterPrimary({ workers, logger });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= handle.close());
  if (options.handleSignals !== false) {
    const stop = (): void => {
      void close().then(() => process.exit(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('SIGHUP', () => void handle.reload());
  }
  if (options.banner !== false) {
    const text = formatBanner({
      url: handle.url,
      version: GATEWAY_VERSION,
      config,
      readyMs: performance.now() - t0,
      storeLabel: config.stores.databaseUrl ? 'postgres' : `sqlite ${config.stores.sqlitePath}`,
      limitsLabel: config.stores.redisUrl ? 'redis' : 'sqlite (this machine)',
      workers,
      watching: config.source === 'file' && options.watch !== false,
    });
    if (typeof options.banner === 'function') options.banner(text);
    else process.stdout.write(text);
  }
  return {
    url: handle.url,
    port: handle.port,
    close,
    reload: async () => {
      await handle.reload();
      return { ok: true, generation: 0, warnings: [] };
    },
    gateway: undefined,
  };
}

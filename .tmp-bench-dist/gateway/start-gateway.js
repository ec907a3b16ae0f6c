import cluster from 'node:cluster';
import { loadGatewayConfig } from './config/load-gateway-config.js';
import { createGateway } from './create-gateway.js';
import { workerMetricsRenderer } from './lifecycle/cluster-metrics.js';
import { formatBanner } from './lifecycle/format-banner.js';
import { openLimiterStore } from './lifecycle/open-limiter-store.js';
import { runClusterPrimary } from './lifecycle/run-cluster-primary.js';
import { watchConfigFile } from './lifecycle/watch-config-file.js';
import { createLogger } from './logging/create-logger.js';
import { GATEWAY_VERSION } from './version.js';
/**
 * `stable-llm serve`: config → stores → engine → HTTP server, with hot reload, signals, the
 * startup banner and `--workers`. Heavy modules (drivers, tokenizers, the demo server) load only
 * when used, to keep cold start small.
 */
export async function startGateway(options = {}) {
    const t0 = performance.now();
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    let demo;
    const primaryConfig = () => loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd });
    const workers = options.workers ?? (cluster.isPrimary ? primaryConfig().server.workers : 1);
    if (workers > 1 && cluster.isPrimary)
        return startPrimary(options, workers, t0);
    const isWorker = cluster.isWorker;
    if (options.demo) {
        const { startFakeUpstream } = await import('../testing/fake-upstream/start-fake-upstream.js');
        demo = await startFakeUpstream({ host: '127.0.0.1', port: 0 });
    }
    const load = () => {
        const config = loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd, demoUpstreamUrl: demo?.url });
        if (options.host !== undefined)
            config.server.host = options.host;
        if (options.port !== undefined)
            config.server.port = options.port;
        return config;
    };
    let config;
    try {
        config = load();
    }
    catch (err) {
        await demo?.close();
        throw err;
    }
    const logger = createLogger({ level: config.server.logLevel, destination: options.logDestination });
    let store;
    let storeLabel = 'none';
    try {
        store = await openStore(config, options, logger);
        storeLabel = store ? `${store.kind} ${store.location}` : 'none';
    }
    catch (err) {
        await demo?.close();
        throw err;
    }
    let limiter;
    try {
        limiter = await openLimiterStore(config, { sharedOnHost: isWorker });
    }
    catch (err) {
        await store?.close();
        await demo?.close();
        throw err;
    }
    const adminRoutes = await loadAdminRoutes(logger);
    const gateway = await createGateway({
        config,
        loadConfig: load,
        store,
        limiterStore: limiter.store,
        logger,
        engineFactory: options.engineFactory,
        registerRoutes: async (router, runtime) => {
            if (adminRoutes)
                await adminRoutes(router, runtime);
            if (options.registerRoutes)
                await options.registerRoutes(router, runtime);
        },
    });
    if (isWorker)
        gateway.metrics.renderOverride = workerMetricsRenderer(gateway.metrics.registry);
    let address;
    try {
        address = await gateway.listen(config.server.port, config.server.host);
    }
    catch (err) {
        await gateway.close(0);
        await demo?.close();
        throw new Error(`cannot listen on ${config.server.host}:${config.server.port}: ${err.message}`);
    }
    const watching = config.source === 'file' && config.configPath !== undefined && options.watch !== false;
    const watcher = watching
        ? watchConfigFile(config.configPath, () => {
            void gateway.reload();
        })
        : undefined;
    let closing;
    const close = () => {
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
        if (typeof options.banner === 'function')
            options.banner(text);
        else
            process.stdout.write(text);
    }
    logger.info({ url: address.url, generation: gateway.state().generation, providers: config.providers, worker: isWorker || undefined }, 'gateway listening');
    return { url: address.url, port: address.port, close, reload: () => gateway.reload(), gateway };
}
async function openStore(config, options, logger) {
    const { openGatewayStore } = await import('../store/open-gateway-store.js');
    try {
        return await openGatewayStore({
            sqlitePath: config.stores.sqlitePath,
            databaseUrl: config.stores.databaseUrl,
            postgresSchema: options.postgresSchema,
            kind: options.storeKind,
        });
    }
    catch (err) {
        if (config.stores.databaseUrl)
            throw new Error(`cannot open the Postgres store: ${err.message}`);
        // The embedded store is a convenience: without it the gateway still serves (memory only).
        logger.warn({ err: err.message, path: config.stores.sqlitePath }, 'SQLite store unavailable; usage log and keys kept in memory');
        return openGatewayStore({ sqlitePath: ':memory:', kind: 'memory' });
    }
}
/** The admin console plugs in through `src/gateway/admin/index.ts` exporting `registerAdminRoutes`, when it is built. */
async function loadAdminRoutes(logger) {
    const specifier = './admin/index.js';
    try {
        const mod = (await import(specifier));
        return mod.registerAdminRoutes;
    }
    catch (err) {
        const code = err.code;
        if (code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('admin'))
            return undefined;
        logger.error({ err: err.message }, 'admin console failed to load');
        return undefined;
    }
}
function installSignals(gateway, close, logger) {
    let stopping = false;
    const onStop = (signal) => {
        if (stopping) {
            logger.warn({ signal }, 'second signal: exiting now');
            process.exit(1);
        }
        stopping = true;
        logger.info({ signal, inflight: gateway.inflight() }, 'shutting down: draining in-flight requests');
        close().then(() => process.exit(0), (err) => {
            logger.error({ err: err.message }, 'shutdown failed');
            process.exit(1);
        });
    };
    const onHup = () => {
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
async function startPrimary(options, workers, t0) {
    const env = options.env ?? process.env;
    const config = loadGatewayConfig({ configPath: options.configPath, config: options.config, env, cwd: options.cwd });
    if (options.host !== undefined)
        config.server.host = options.host;
    if (options.port !== undefined)
        config.server.port = options.port;
    const logger = createLogger({ level: config.server.logLevel, destination: options.logDestination });
    if (options.demo)
        throw new Error('--demo runs in a single process; drop --workers');
    if (!config.stores.redisUrl)
        logger.info('several workers without Redis: limits are shared through a SQLite file on this machine (use REDIS_URL across hosts)');
    const handle = await runClusterPrimary({ workers, logger });
    let closing;
    const close = () => (closing ??= handle.close());
    if (options.handleSignals !== false) {
        const stop = () => {
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
        if (typeof options.banner === 'function')
            options.banner(text);
        else
            process.stdout.write(text);
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
//# sourceMappingURL=start-gateway.js.map
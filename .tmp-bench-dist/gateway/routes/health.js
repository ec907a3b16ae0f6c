import { sendJson } from '../http/send-json.js';
/** GET /health — liveness: always 200 while the process serves HTTP. */
export function health(ctx) {
    const { config } = ctx.state;
    sendJson(ctx, 200, {
        status: ctx.runtime.draining ? 'draining' : 'ok',
        version: ctx.runtime.version,
        library: { name: 'stable-llm', version: ctx.runtime.version },
        node: process.version,
        pid: process.pid,
        uptime_s: Math.round((Date.now() - ctx.runtime.startedAt) / 1000),
        config: { source: config.source, path: config.configPath ?? null, generation: ctx.state.generation },
        providers: { count: config.providers.length, configured: config.providers, demo: config.demo },
        routes: [...config.routes.keys()],
        active: ctx.state.active,
    });
}
/** GET /health/ready — readiness: 503 while draining, so load balancers stop sending work. */
export function ready(ctx) {
    const draining = ctx.runtime.draining;
    const status = ctx.state.engine.getServiceStatus();
    const targets = Object.values(status);
    sendJson(ctx, draining ? 503 : 200, {
        ready: !draining,
        draining,
        providers_configured: ctx.state.hasProviders,
        targets_available: targets.filter((t) => t.available).length,
        targets_total: targets.length,
    });
}
//# sourceMappingURL=health.js.map
import { sendJson } from '../http/send-json.js';
/**
 * GET /status — breakers, key pools (masked ids only), latency, gateway keys with spend,
 * limits and the usage-log queue. Secrets never appear: targets come from the engine's
 * masked snapshot, gateway keys are listed by id.
 */
export function status(ctx) {
    const { config, keys } = ctx.state;
    const runtime = ctx.runtime;
    const limits = config.limits;
    sendJson(ctx, 200, {
        version: runtime.version,
        uptime_s: Math.round((Date.now() - runtime.startedAt) / 1000),
        draining: runtime.draining,
        inflight: runtime.inflight(),
        config: { source: config.source, path: config.configPath ?? null, generation: ctx.state.generation, warnings: config.warnings },
        active: ctx.state.active,
        targets: ctx.state.engine.getServiceStatus(),
        routes: Object.fromEntries([...config.routes.values()].map((r) => [r.name, { strategy: r.strategy, targets: r.targets.map((t) => `${t.backend}/${t.model}`) }])),
        gateway_keys: keys.list().map((k) => ({
            id: k.id,
            source: k.source,
            enabled: k.enabled,
            models: k.models ?? null,
            rpm: k.rpm ?? limits.perKey.rpm ?? null,
            tpm: k.tpm ?? limits.perKey.tpm ?? null,
            budget_usd: k.budgetUsd ?? null,
            spent_usd: runtime.spend.get(k.id),
            expires_at: k.expiresAt ? new Date(k.expiresAt).toISOString() : null,
        })),
        limits: {
            rpm: limits.rpm ?? null,
            tpm: limits.tpm ?? null,
            per_key: limits.perKey,
            per_model: Object.fromEntries(limits.perModel),
            shared: config.stores.redisUrl ? 'redis' : config.server.workers > 1 ? 'sqlite' : 'memory',
        },
        auth: { master_key: Boolean(config.server.masterKey), gateway_keys: keys.size, required: keys.authRequired },
        store: runtime.store ? { kind: runtime.store.kind, location: runtime.store.location } : null,
        usage_log: runtime.usage.stats(),
    });
}
//# sourceMappingURL=status.js.map
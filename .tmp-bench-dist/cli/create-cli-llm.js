import { usageError } from './cli-error.js';
import { hasEnabledModel } from './load-cli-config.js';
import { noProviderError } from './no-provider-error.js';
/** The StableLLM facade configured from the CLI config and flags; fails early when nothing is callable. */
export async function createCliLLM(config, flags, bin) {
    if (!hasEnabledModel(config.settings))
        throw noProviderError(bin, config.configPath);
    const serviceOrder = flags.serviceOrder ?? (config.serviceOrder.length ? config.serviceOrder : undefined);
    if (serviceOrder) {
        const known = Object.keys(config.settings.backends);
        const unknown = serviceOrder.filter((s) => !s.includes('/') && !known.includes(s));
        if (unknown.length > 0) {
            throw usageError(`--service-order: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not configured`, `configured backends: ${known.join(', ') || '(none)'}`);
        }
    }
    const routes = {};
    for (const [name, route] of config.routes) {
        routes[name] = {
            strategy: route.strategy,
            targets: route.targets.map((t) => ({ target: `${t.backend}/${t.model}`, weight: t.weight, priority: t.priority })),
            ...(route.hedgeAfterMs !== undefined ? { hedge_after_ms: route.hedgeAfterMs } : {}),
        };
    }
    const { StableLLM } = await import('../stable/stable-llm.js');
    return new StableLLM({
        settings: config.settings,
        routes,
        serviceOrder,
        ...(flags.timeout !== undefined ? { serviceTimeout: flags.timeout, deadline: Math.max(180, flags.timeout * 3) } : {}),
    });
}
//# sourceMappingURL=create-cli-llm.js.map
import { providerKeyEnvNames } from '../config/settings-from-env.js';
import { DEMO_BACKEND } from '../config/with-demo-provider.js';
/** The startup banner: where it listens, what it serves, and how to add a provider. */
export function formatBanner(info) {
    const c = info.config;
    const lines = [];
    lines.push(`stable-llm gateway ${info.version} listening on ${info.url}  (ready in ${Math.round(info.readyMs)} ms${info.workers > 1 ? `, ${info.workers} workers` : ''})`);
    lines.push(`  config     ${c.source === 'file' ? `${c.configPath}${info.watching ? ' (hot reload on change)' : ''}` : c.source === 'env' ? 'environment variables (no stable-llm.yaml found)' : 'in-process object'}`);
    const providers = c.providers.map((p) => {
        const n = Object.values(c.settings.backends[p]?.models ?? {}).filter((m) => m.enabled).length;
        return `${p} (${n} model${n === 1 ? '' : 's'})${c.demo && p === DEMO_BACKEND ? ' [SIMULATED demo]' : ''}`;
    });
    lines.push(`  providers  ${providers.length ? providers.join(', ') : 'none — chat requests answer 503 with setup help until you add one'}`);
    if (c.routes.size)
        lines.push(`  routes     ${[...c.routes.keys()].join(', ')}`);
    if (c.active.chat || c.active.vision)
        lines.push(`  active     chat: ${c.active.chat ?? 'default plan'}, vision: ${c.active.vision ?? 'same as chat'}`);
    lines.push(`  auth       ${c.server.masterKey ? 'master key required on /v1 and /api' : c.server.keys.length ? 'gateway keys required' : 'open (set server.master_key or STABLE_LLM_MASTER_KEY to require a key)'}`);
    lines.push(`  store      ${info.storeLabel}; limits: ${info.limitsLabel}`);
    lines.push(`  docs       ${info.url}/docs      admin: ${info.url}/admin      health: ${info.url}/health`);
    if (c.demo)
        lines.push(`  DEMO MODE  "${DEMO_BACKEND}/demo-chat", "${DEMO_BACKEND}/demo-reasoner", "${DEMO_BACKEND}/demo-vision" are a SIMULATED provider with canned answers, not a real model`);
    if (c.providers.length === 0 || (c.demo && c.providers.length === 1)) {
        lines.push(`  add a key  export ${providerKeyEnvNames().slice(0, 4).join('=… | ')}=… (and restart), or write stable-llm.yaml (docs/gateway.md)`);
    }
    for (const w of c.warnings.slice(0, 5))
        lines.push(`  warning    ${w}`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=format-banner.js.map
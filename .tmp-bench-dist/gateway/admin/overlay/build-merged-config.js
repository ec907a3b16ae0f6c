import { ConfigError } from '../../../errors/config-error.js';
import { normalizeRoute, routeSchema } from '../../../router/route-config.js';
import { isBackendType } from '../../../settings/backend-type.js';
import { formatIssuePath } from '../../../settings/format-issue-path.js';
import { parseSettings } from '../../../settings/parse-settings.js';
import { isOverlayEmpty } from './admin-overlay.js';
import { mergeSettingsSource } from './merge-settings.js';
/**
 * The config the gateway runs: the file's config (`base`) with the console overlay merged on top,
 * validated exactly like a file (errors name the path). Server, limits, stores, active defaults
 * and service order always come from the file.
 */
export function buildMergedConfig(base, overlay, env = process.env) {
    if (isOverlayEmpty(overlay))
        return { ...base };
    const source = mergeSettingsSource(base.settings.source, overlay, { interpolate: true, env });
    const settings = parseSettings(source);
    const warnings = [...settings.warnings];
    const issues = [];
    const routes = new Map(base.routes);
    for (const [name, input] of Object.entries(overlay.routes)) {
        if (input === null) {
            routes.delete(name);
            continue;
        }
        const parsed = routeSchema.safeParse(input);
        if (!parsed.success) {
            for (const i of parsed.error.issues)
                issues.push({ path: `routes.${name}${i.path.length ? `.${formatIssuePath(i.path)}` : ''}`, message: i.message });
            continue;
        }
        routes.set(name, normalizeRoute(name, parsed.data));
    }
    for (const route of routes.values()) {
        route.targets.forEach((t, i) => {
            const path = `routes.${route.name}[${i}]`;
            if (!isBackendType(t.backend))
                issues.push({ path, message: `unknown backend "${t.backend}" in target "${t.backend}/${t.model}"` });
            else if (!settings.backends[t.backend]?.models[t.model])
                warnings.push(`${path}: ${t.backend}/${t.model} is not configured in backends`);
        });
    }
    if (issues.length > 0)
        throw new ConfigError(issues);
    const providers = Object.entries(settings.backends)
        .filter(([, b]) => b && Object.values(b.models).some((m) => m.enabled))
        .map(([name]) => name);
    const fileOnly = base.warnings.filter((w) => !base.settings.warnings.includes(w) && !w.startsWith('routes.'));
    return { ...base, settings, routes, providers, warnings: [...fileOnly, ...warnings] };
}
//# sourceMappingURL=build-merged-config.js.map
import { interpolateEnv } from '../../../settings/interpolate-env.js';
import { endpointKeys } from './endpoint-keys.js';
/**
 * The file's settings (VERSION 2 shape, as given) with the console overlay on top: endpoints
 * patched, added or removed by id; models and routes replaced whole by name. Pure: the inputs
 * are not modified.
 */
export function mergeSettingsSource(base, overlay, options) {
    const out = { ...base };
    const baseEndpoints = Array.isArray(base.endpoints) ? base.endpoints : [];
    const endpoints = [];
    const seen = new Set();
    for (const ep of baseEndpoints) {
        const id = String(ep.id);
        seen.add(id);
        const ov = overlay.endpoints[id];
        const merged = ov ? mergeEndpoint(id, ep, ov, options) : ep;
        if (merged)
            endpoints.push(merged);
    }
    for (const [id, ov] of Object.entries(overlay.endpoints)) {
        if (seen.has(id))
            continue;
        const merged = mergeEndpoint(id, undefined, ov, options);
        if (merged)
            endpoints.push(merged);
    }
    out.endpoints = endpoints;
    const backends = { ...(base.backends ?? {}) };
    for (const [backend, models] of Object.entries(overlay.models)) {
        const b = { ...(backends[backend] ?? {}) };
        const m = { ...(b.models ?? {}) };
        for (const [name, value] of Object.entries(models)) {
            if (value === null)
                delete m[name];
            else
                m[name] = value;
        }
        b.models = m;
        backends[backend] = b;
    }
    out.backends = backends;
    return out;
}
/** One endpoint with its overlay applied; undefined when the overlay deletes it. */
export function mergeEndpoint(id, base, ov, options) {
    if (ov.deleted)
        return undefined;
    const out = base ? { ...base } : { id };
    out.id = id;
    for (const [field, value] of Object.entries(ov.fields ?? {})) {
        if (value === null || value === undefined)
            delete out[field];
        else
            out[field] = options.interpolate ? interpolateEnv(value, options.env, `endpoints.${id}.${field}`) : value;
    }
    if (ov.keys) {
        const removed = new Set(ov.keys.removed ?? []);
        const keys = [];
        for (const k of endpointKeys(base, id)) {
            if (removed.has(k.id))
                continue;
            keys.push({ ...k, ...(ov.keys.patch?.[k.id] ?? {}) });
        }
        for (const k of ov.keys.added ?? []) {
            const key = options.interpolate ? interpolateEnv(k.key, options.env, `endpoints.${id}.api_keys.${k.id}`) : k.key;
            keys.push({ ...k, key });
        }
        delete out.api_key;
        out.api_keys = keys;
    }
    return out;
}
//# sourceMappingURL=merge-settings.js.map
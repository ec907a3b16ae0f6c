import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { endpointKeys } from '../overlay/endpoint-keys.js';
import { mergeSettingsSource } from '../overlay/merge-settings.js';
import { routeToInput } from './route-to-input.js';
import { maskDeep, maskHeaders, maskUrl, maskValue } from './mask-values.js';
/**
 * The running config as one YAML-ready document: the config file as written (its `${ENV}`
 * references intact) with the console overlay merged in and the active models filled in. Every
 * plaintext secret is masked; keys always carry explicit ids so an import can keep them.
 */
export function effectiveDocument(base, overlay, state) {
    const raw = rawFile(base) ?? fromConfig(base);
    const merged = mergeSettingsSource(raw, overlay, { interpolate: false });
    const doc = { ...raw, endpoints: merged.endpoints, backends: merged.backends };
    const routes = { ...(raw.routes ?? {}) };
    for (const [name, value] of Object.entries(overlay.routes)) {
        if (value === null)
            delete routes[name];
        else
            routes[name] = value;
    }
    if (Object.keys(routes).length)
        doc.routes = routes;
    else
        delete doc.routes;
    const active = {};
    if (state.active.chat)
        active.chat = state.active.chat;
    if (state.active.vision)
        active.vision = state.active.vision;
    if (Object.keys(active).length)
        doc.active = active;
    else
        delete doc.active;
    return maskDocument(doc);
}
function rawFile(base) {
    if (base.source !== 'file' || !base.configPath)
        return undefined;
    try {
        const text = readFileSync(base.configPath, 'utf8');
        const data = base.configPath.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
        return data && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Without a file (env-only or in-code config): the settings, routes and service order. */
function fromConfig(base) {
    const doc = { ...base.settings.source };
    if (base.routes.size)
        doc.routes = Object.fromEntries([...base.routes.values()].map((r) => [r.name, routeToInput(r)]));
    if (base.serviceOrder.length)
        doc.service_order = base.serviceOrder;
    return doc;
}
function maskDocument(doc) {
    const out = { ...doc };
    if (Array.isArray(out.endpoints)) {
        out.endpoints = out.endpoints.map((ep) => {
            const id = String(ep.id);
            const e = { ...ep };
            const keys = endpointKeys(ep, id);
            delete e.api_key;
            delete e.api_keys;
            if (keys.length)
                e.api_keys = keys.map((k) => ({ ...k, key: maskValue(k.key) }));
            if (e.headers)
                e.headers = maskHeaders(e.headers);
            if (typeof e.proxy === 'string')
                e.proxy = maskUrl(e.proxy);
            if (typeof e.api_base === 'string')
                e.api_base = maskUrl(e.api_base);
            if (e.credentials)
                e.credentials = maskDeep(e.credentials);
            return e;
        });
    }
    if (out.server && typeof out.server === 'object') {
        const s = { ...out.server };
        for (const f of ['master_key', 'admin_key'])
            if (typeof s[f] === 'string')
                s[f] = maskValue(s[f]);
        if (Array.isArray(s.keys))
            s.keys = s.keys.map((k) => ({ ...k, key: typeof k.key === 'string' ? maskValue(k.key) : k.key }));
        out.server = s;
    }
    if (out.stores && typeof out.stores === 'object') {
        const s = { ...out.stores };
        for (const f of ['database_url', 'redis_url'])
            if (typeof s[f] === 'string')
                s[f] = maskUrl(s[f]);
        out.stores = s;
    }
    return out;
}
//# sourceMappingURL=effective-document.js.map
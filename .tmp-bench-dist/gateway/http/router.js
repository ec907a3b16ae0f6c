/**
 * A precompiled router: exact paths are one Map lookup on `METHOD path`; prefix routes (the admin
 * console's assets and API) are a short list checked only on a miss. No regexes on the hot path.
 */
export class GatewayRouter {
    exact = new Map();
    methodsByPath = new Map();
    prefixes = [];
    /** Registers `method path`. A later registration of the same pair replaces the earlier one. */
    add(method, path, handler, options = {}) {
        const m = method.toUpperCase();
        let methods = this.methodsByPath.get(path);
        if (!methods) {
            methods = [];
            this.methodsByPath.set(path, methods);
        }
        if (!methods.includes(m))
            methods.push(m);
        this.exact.set(`${m} ${path}`, this.entry(handler, options, path, methods));
        return this;
    }
    get(path, handler, options) {
        return this.add('GET', path, handler, options);
    }
    post(path, handler, options) {
        return this.add('POST', path, handler, options);
    }
    /**
     * Registers every path starting with `prefix` (e.g. `/admin/`) for `method` (`*` = any).
     * Longer prefixes win; exact routes always win over prefixes.
     */
    addPrefix(method, prefix, handler, options = {}) {
        const m = method === '*' ? '*' : method.toUpperCase();
        const i = this.prefixes.findIndex((p) => p.prefix === prefix && p.method === m);
        const entry = { ...this.entry(handler, options, prefix, [m]), method: m, prefix };
        if (i >= 0)
            this.prefixes[i] = entry;
        else
            this.prefixes.push(entry);
        this.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
        return this;
    }
    /** Finds the route for a request; HEAD falls back to GET. */
    match(method, path) {
        const hit = this.exact.get(`${method} ${path}`);
        if (hit)
            return hit;
        if (method === 'HEAD') {
            const get = this.exact.get(`GET ${path}`);
            if (get)
                return get;
        }
        if (this.prefixes.length === 0)
            return undefined;
        for (const p of this.prefixes) {
            if ((p.method === '*' || p.method === method || (method === 'HEAD' && p.method === 'GET')) && path.startsWith(p.prefix))
                return p;
        }
        return undefined;
    }
    /** Methods registered on an exact path (for 405 and CORS preflight). */
    allowedMethods(path) {
        return this.methodsByPath.get(path);
    }
    /** Every registered exact route, for the docs page and tests. */
    list() {
        return [...this.exact.entries()].map(([k, v]) => {
            const space = k.indexOf(' ');
            return { method: k.slice(0, space), path: k.slice(space + 1), auth: v.auth };
        });
    }
    entry(handler, options, path, methods) {
        return { handler, auth: options.auth ?? 'none', errorStyle: options.errorStyle ?? 'openai', name: options.name ?? path, methods };
    }
}
//# sourceMappingURL=router.js.map
/** Drives a fake upstream over HTTP (`/__fake/*`), e.g. one started with `main.js` or by the gateway's demo mode. */
export function connectFakeUpstream(url) {
    const base = url.endsWith('/') ? url.slice(0, -1) : url;
    async function call(method, path, body) {
        const res = await fetch(`${base}${path}`, {
            method,
            headers: body === undefined ? undefined : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = (await res.json());
        if (!res.ok)
            throw new Error(`fake-upstream control ${method} ${path} failed (${res.status}): ${json.error?.message ?? ''}`);
        return json;
    }
    return {
        url: base,
        addRule: async (rule) => (await call('POST', '/__fake/rules', rule)).ids[0],
        addRules: async (rules) => (await call('POST', '/__fake/rules', rules)).ids,
        removeRule: async (id) => (await call('DELETE', `/__fake/rules/${encodeURIComponent(id)}`)).removed,
        clearRules: async () => void (await call('DELETE', '/__fake/rules')),
        requests: async () => (await call('GET', '/__fake/requests')).requests,
        clearRequests: async () => void (await call('DELETE', '/__fake/requests')),
        reset: async () => void (await call('POST', '/__fake/reset')),
        waitForRequests: async (n, timeoutMs = 5000) => (await call('GET', `/__fake/wait?n=${n}&timeoutMs=${timeoutMs}`)).requests,
        health: () => call('GET', '/__fake/health'),
    };
}
//# sourceMappingURL=connect-fake-upstream.js.map
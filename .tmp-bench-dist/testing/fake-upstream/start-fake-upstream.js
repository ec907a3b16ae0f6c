import { createServer } from 'node:http';
import { handleControlRequest } from './handle-control-request.js';
import { handleProviderRequest } from './handle-provider-request.js';
import { parseRule } from './parse-rule.js';
import { registeredProtocols } from './protocol-registry.js';
import { builtInProtocols } from './protocols/built-in-protocols.js';
import { RequestLog } from './request-log.js';
import { RuleStore } from './rule-store.js';
const DEFAULT_MODELS = ['gpt-4o', 'gpt-4o-mini', 'claude-sonnet-5', 'gemini-2.5-flash', 'deepseek-chat', 'deepseek-reasoner'];
/** Starts a fake provider server on 127.0.0.1 (random port unless given). */
export async function startFakeUpstream(options = {}) {
    const host = options.host ?? '127.0.0.1';
    const rules = new RuleStore();
    const log = new RequestLog(options.maxLogEntries ?? 10_000);
    const ownProtocols = [];
    const startupProtocols = [...(options.protocols ?? []), ...registeredProtocols(), ...builtInProtocols()];
    let protocols = startupProtocols;
    let seq = 0;
    let closing = false;
    let closed;
    const state = {
        protocols: () => protocols,
        rules,
        log,
        strict: options.strict ?? true,
        defaultText: options.defaultText,
        models: options.models ?? DEFAULT_MODELS,
        requireApiKey: options.requireApiKey ?? false,
        nextSeq: () => ++seq,
        reset: () => {
            rules.clear();
            log.clear();
            seq = 0;
        },
        shuttingDown: () => closing,
    };
    for (const rule of options.rules ?? [])
        rules.add(parseRule(rule));
    const server = createServer((req, res) => {
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const path = q === -1 ? url : url.slice(0, q);
        const query = q === -1 ? '' : url.slice(q + 1);
        const work = path.startsWith('/__fake/')
            ? handleControlRequest(state, req, res, path, query)
            : handleProviderRequest(state, req, res, path, query);
        work.catch((err) => {
            // A bug in the fake must surface as a loud 500, never as a hang.
            if (res.destroyed || req.destroyed)
                return;
            if (res.headersSent)
                return void res.destroy();
            const text = JSON.stringify({
                error: { message: `fake-upstream internal error: ${err instanceof Error ? err.message : String(err)}`, type: 'fake_upstream_bug' },
            });
            res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
            res.end(text);
        });
    });
    // Clients reuse sockets; a short server-side idle timeout would race their next request.
    server.keepAliveTimeout = 65_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
        url,
        port,
        host,
        get requests() {
            return log.entries;
        },
        addRule: (rule) => rules.add(parseRule(rule)),
        removeRule: (id) => rules.remove(id),
        clearRules: () => rules.clear(),
        clearRequests: () => log.clear(),
        reset: () => state.reset(),
        waitForRequests: (n, timeoutMs = 5000) => log.waitFor((entries) => entries.length >= n, timeoutMs, `${n} requests`),
        waitFor: (predicate, timeoutMs = 5000) => log.waitFor(predicate, timeoutMs),
        registerProtocol: (handler) => {
            ownProtocols.unshift(handler);
            protocols = [...ownProtocols, ...startupProtocols];
        },
        close: () => {
            closing = true;
            closed ??= new Promise((resolve) => {
                server.close(() => resolve());
                // Stalled streams and idle keep-alive sockets would otherwise hold close() forever.
                server.closeAllConnections();
            });
            return closed;
        },
    };
}
//# sourceMappingURL=start-fake-upstream.js.map
import { parseRule } from './parse-rule.js';
import { readBody } from './read-body.js';
/**
 * The `/__fake/*` control API, for users that run the fake as a child process:
 * rules (add/list/clear/remove), the request log (read/clear/long-poll), reset and health.
 */
export async function handleControlRequest(state, req, res, path, queryString) {
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const send = (status, body) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
    };
    const route = `${method} ${path}`;
    if (route === 'GET /__fake/health') {
        return send(200, {
            ok: true,
            protocols: state.protocols().map((p) => p.name),
            rules: state.rules.size,
            requests: state.log.entries.length,
        });
    }
    if (route === 'POST /__fake/rules') {
        let input;
        try {
            input = JSON.parse(raw.toString('utf8'));
            const rules = Array.isArray(input) ? input.map((r, i) => parseRule(r, `rules[${i}]`)) : [parseRule(input)];
            return send(201, { ids: rules.map((r) => state.rules.add(r)) });
        }
        catch (err) {
            return send(400, { error: { message: err instanceof Error ? err.message : String(err) } });
        }
    }
    if (route === 'GET /__fake/rules')
        return send(200, { rules: state.rules.list() });
    if (route === 'DELETE /__fake/rules') {
        state.rules.clear();
        return send(200, { ok: true });
    }
    if (method === 'DELETE' && path.startsWith('/__fake/rules/')) {
        return send(200, { removed: state.rules.remove(decodeURIComponent(path.slice('/__fake/rules/'.length))) });
    }
    if (route === 'GET /__fake/requests')
        return send(200, { requests: state.log.entries });
    if (route === 'DELETE /__fake/requests') {
        state.log.clear();
        return send(200, { ok: true });
    }
    if (route === 'POST /__fake/reset') {
        state.reset();
        return send(200, { ok: true });
    }
    if (route === 'GET /__fake/wait') {
        const query = new URLSearchParams(queryString);
        const n = Number(query.get('n') ?? '1');
        const timeoutMs = Number(query.get('timeoutMs') ?? '5000');
        try {
            const requests = await state.log.waitFor((entries) => entries.length >= n, timeoutMs, `${n} requests`);
            return send(200, { requests });
        }
        catch (err) {
            return send(408, { error: { message: err instanceof Error ? err.message : String(err) } });
        }
    }
    return send(404, { error: { message: `fake-upstream: unknown control route ${route}` } });
}
//# sourceMappingURL=handle-control-request.js.map
/**
 * Everything one request needs, in one object (no per-request closures). `state` is the config
 * snapshot taken when the request arrived: a hot reload swaps the runtime's state, while this
 * request finishes on the one it started with.
 */
export class RequestContext {
    req;
    res;
    runtime;
    state;
    requestId;
    method;
    path;
    /** Raw query string without `?` ('' when none). */
    query;
    /** performance.now() at arrival; all durations are measured from here. */
    startedAt;
    /** Wall clock at arrival (usage rows, logs). */
    startedAtMs;
    route;
    caller;
    // Filled in by handlers for the request log line, metrics and the usage row.
    target;
    backend;
    model;
    requestedModel;
    promptTokens = 0;
    completionTokens = 0;
    costUsd = 0;
    ttftMs;
    attempts;
    errorKind;
    errorMessage;
    stream = false;
    /** Chat-like routes set this: one usage row, token/cost metrics. */
    recordUsage = false;
    /** Gateway limiter lease to settle with real tokens when the request ends. */
    lease;
    /** performance.now() when the engine call started (gateway overhead before upstream). */
    engineStartedAt;
    /** Status of an error that ended a stream after its 200 headers (usage row, metrics). */
    streamErrorStatus;
    /** Completion signals still awaited before the request is finalised (handler + response close). */
    pendingSignals = 2;
    /** True once the client went away before the response was complete. */
    clientGone = false;
    controller;
    constructor(req, res, runtime, state, requestId, url) {
        this.req = req;
        this.res = res;
        this.runtime = runtime;
        this.state = state;
        this.requestId = requestId;
        this.method = req.method ?? 'GET';
        const q = url.indexOf('?');
        this.path = q === -1 ? url : url.slice(0, q);
        this.query = q === -1 ? '' : url.slice(q + 1);
        this.startedAt = performance.now();
        this.startedAtMs = Date.now();
        this.route = undefined;
        this.caller = undefined;
        this.target = undefined;
        this.backend = undefined;
        this.model = undefined;
        this.requestedModel = undefined;
        this.ttftMs = undefined;
        this.attempts = undefined;
        this.errorKind = undefined;
        this.errorMessage = undefined;
        this.lease = undefined;
        this.streamErrorStatus = undefined;
        this.engineStartedAt = undefined;
    }
    /** Aborted when the client disconnects before the response is complete. Created on first use. */
    get signal() {
        if (!this.controller) {
            this.controller = new AbortController();
            if (this.clientGone)
                this.controller.abort(clientGoneReason());
        }
        return this.controller.signal;
    }
    /** Called by the server when the socket closes before the response finished. */
    markClientGone() {
        if (this.clientGone)
            return;
        this.clientGone = true;
        this.controller?.abort(clientGoneReason());
    }
    elapsedMs() {
        return performance.now() - this.startedAt;
    }
    /** A query parameter, decoded (rarely used, so parsed on demand). */
    queryParam(name) {
        return this.query ? new URLSearchParams(this.query).get(name) : null;
    }
    header(name) {
        const v = this.req.headers[name];
        return Array.isArray(v) ? v[0] : v;
    }
}
function clientGoneReason() {
    const err = new Error('client disconnected');
    err.name = 'AbortError';
    return err;
}
//# sourceMappingURL=request-context.js.map
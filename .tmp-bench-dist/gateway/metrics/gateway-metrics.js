import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const TTFT_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];
const BREAKER_VALUE = { closed: 0, half_open: 1, open: 2 };
/**
 * Prometheus metrics of one gateway process, on its own registry (several gateways can live in
 * one test process). Label sets are small and bounded: endpoint paths, configured targets,
 * status codes and error kinds; never request ids or key material.
 */
export class GatewayMetrics {
    registry;
    requests;
    duration;
    ttft;
    tokens;
    cost;
    failovers;
    upstreamErrors;
    keyCooldowns;
    breaker;
    inflight;
    limited;
    statusSource;
    constructor(options = {}) {
        const p = options.prefix ?? 'stable_llm_';
        this.registry = new Registry();
        const registers = [this.registry];
        this.requests = new Counter({
            name: `${p}requests_total`,
            help: 'Gateway requests by endpoint, served target and HTTP status.',
            labelNames: ['endpoint', 'target', 'status'],
            registers,
        });
        this.duration = new Histogram({
            name: `${p}request_duration_seconds`,
            help: 'Time to the complete response.',
            labelNames: ['endpoint'],
            buckets: LATENCY_BUCKETS,
            registers,
        });
        this.ttft = new Histogram({
            name: `${p}time_to_first_token_seconds`,
            help: 'Streaming: request arrival to first content token.',
            labelNames: ['target'],
            buckets: TTFT_BUCKETS,
            registers,
        });
        this.tokens = new Counter({
            name: `${p}tokens_total`,
            help: 'Tokens by target and type (prompt, completion).',
            labelNames: ['target', 'type'],
            registers,
        });
        this.cost = new Counter({ name: `${p}cost_usd_total`, help: 'Cost in USD by target.', labelNames: ['target'], registers });
        this.failovers = new Counter({
            name: `${p}failovers_total`,
            help: 'Failovers from one target to another.',
            labelNames: ['from', 'to'],
            registers,
        });
        this.upstreamErrors = new Counter({
            name: `${p}upstream_errors_total`,
            help: 'Failed upstream attempts by backend and error kind.',
            labelNames: ['backend', 'kind'],
            registers,
        });
        this.keyCooldowns = new Counter({
            name: `${p}key_cooldowns_total`,
            help: 'API keys put in cooldown or disabled, by endpoint.',
            labelNames: ['endpoint'],
            registers,
        });
        this.breaker = new Gauge({
            name: `${p}breaker_state`,
            help: 'Circuit breaker state per target: 0 closed, 1 half open, 2 open.',
            labelNames: ['target'],
            registers,
            // Read at scrape time so the gauge is right even for targets that never changed state.
            collect: () => this.collectBreakers(),
        });
        this.inflight = new Gauge({ name: `${p}inflight_requests`, help: 'Requests being served now.', registers });
        this.limited = new Counter({
            name: `${p}gateway_limited_total`,
            help: 'Requests refused by gateway limits (key, global, model, budget).',
            labelNames: ['scope'],
            registers,
        });
        if (options.defaultMetrics ?? true)
            collectDefaultMetrics({ register: this.registry, prefix: p });
    }
    /** Where breaker states come from at scrape time (the current engine). */
    setStatusSource(source) {
        this.statusSource = source;
    }
    requestStarted() {
        this.inflight.inc();
    }
    requestFinished(endpoint, target, status, seconds) {
        this.inflight.dec();
        this.requests.inc({ endpoint, target: target ?? '', status: String(status) });
        this.duration.observe({ endpoint }, seconds);
    }
    usage(target, promptTokens, completionTokens, costUsd) {
        if (promptTokens)
            this.tokens.inc({ target, type: 'prompt' }, promptTokens);
        if (completionTokens)
            this.tokens.inc({ target, type: 'completion' }, completionTokens);
        if (costUsd > 0)
            this.cost.inc({ target }, costUsd);
    }
    firstToken(target, seconds) {
        this.ttft.observe({ target }, seconds);
    }
    failover(from, to) {
        this.failovers.inc({ from, to });
    }
    upstreamError(backend, kind) {
        this.upstreamErrors.inc({ backend, kind });
    }
    keyCooldown(endpoint) {
        this.keyCooldowns.inc({ endpoint });
    }
    breakerChanged(target, state) {
        this.breaker.set({ target }, BREAKER_VALUE[state]);
    }
    gatewayLimited(scope) {
        this.limited.inc({ scope });
    }
    /** Cluster workers replace this with "ask the primary for every worker's metrics". */
    renderOverride;
    async render() {
        return { contentType: this.registry.contentType, body: await (this.renderOverride ?? (() => this.registry.metrics()))() };
    }
    collectBreakers() {
        if (!this.statusSource)
            return;
        let status;
        try {
            status = this.statusSource();
        }
        catch {
            return;
        }
        for (const [target, s] of Object.entries(status))
            this.breaker.set({ target }, BREAKER_VALUE[s.state] ?? 0);
    }
}
//# sourceMappingURL=gateway-metrics.js.map
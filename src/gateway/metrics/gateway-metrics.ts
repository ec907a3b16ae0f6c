import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState, TargetStatus } from '../../engine/engine-types.js';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const TTFT_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];
const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * Prometheus metrics of one gateway process, on its own registry (several gateways can live in
 * one test process). Label sets are small and bounded: endpoint paths, configured targets,
 * status codes and error kinds; never request ids or key material.
 */
export class GatewayMetrics {
  readonly registry: Registry;
  private readonly requests: Counter<'endpoint' | 'target' | 'status'>;
  private readonly duration: Histogram<'endpoint'>;
  private readonly ttft: Histogram<'target'>;
  private readonly tokens: Counter<'target' | 'type'>;
  private readonly cost: Counter<'target'>;
  private readonly failovers: Counter<'from' | 'to'>;
  private readonly upstreamErrors: Counter<'backend' | 'kind'>;
  private readonly keyCooldowns: Counter<'endpoint'>;
  private readonly breaker: Gauge<'target'>;
  private readonly inflight: Gauge;
  private readonly limited: Counter<'scope'>;
  private statusSource: (() => Record<string, TargetStatus>) | undefined;
  private readonly requestChildren = new Map<string, { inc(): void }>();
  private readonly durationChildren = new Map<string, { observe(v: number): void }>();

  constructor(options: { defaultMetrics?: boolean; prefix?: string } = {}) {
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
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: p });
  }

  /** Where breaker states come from at scrape time (the current engine). */
  setStatusSource(source: () => Record<string, TargetStatus>): void {
    this.statusSource = source;
  }

  requestStarted(): void {
    this.inflight.inc();
  }

  requestFinished(endpoint: string, target: string | undefined, status: number, seconds: number): void {
    this.inflight.dec();
    // Label children are cached: prom-client would otherwise hash the label set on every call.
    const key = `${endpoint}\u0000${target ?? ''}\u0000${status}`;
    let counter = this.requestChildren.get(key);
    if (!counter) {
      counter = this.requests.labels(endpoint, target ?? '', String(status));
      this.requestChildren.set(key, counter);
    }
    counter.inc();
    let histogram = this.durationChildren.get(endpoint);
    if (!histogram) {
      histogram = this.duration.labels(endpoint);
      this.durationChildren.set(endpoint, histogram);
    }
    histogram.observe(seconds);
  }

  usage(target: string, promptTokens: number, completionTokens: number, costUsd: number): void {
    if (promptTokens) this.tokens.inc({ target, type: 'prompt' }, promptTokens);
    if (completionTokens) this.tokens.inc({ target, type: 'completion' }, completionTokens);
    if (costUsd > 0) this.cost.inc({ target }, costUsd);
  }

  firstToken(target: string, seconds: number): void {
    this.ttft.observe({ target }, seconds);
  }

  failover(from: string, to: string): void {
    this.failovers.inc({ from, to });
  }

  upstreamError(backend: string, kind: string): void {
    this.upstreamErrors.inc({ backend, kind });
  }

  keyCooldown(endpoint: string): void {
    this.keyCooldowns.inc({ endpoint });
  }

  breakerChanged(target: string, state: BreakerState): void {
    this.breaker.set({ target }, BREAKER_VALUE[state]);
  }

  gatewayLimited(scope: string): void {
    this.limited.inc({ scope });
  }

  /** Cluster workers replace this with "ask the primary for every worker's metrics". */
  renderOverride: (() => Promise<string>) | undefined;

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await (this.renderOverride ?? (() => this.registry.metrics()))() };
  }

  private collectBreakers(): void {
    if (!this.statusSource) return;
    let status: Record<string, TargetStatus>;
    try {
      status = this.statusSource();
    } catch {
      return;
    }
    for (const [target, s] of Object.entries(status)) this.breaker.set({ target }, BREAKER_VALUE[s.state] ?? 0);
  }
}

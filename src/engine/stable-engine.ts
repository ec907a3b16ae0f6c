import { completeOnce, streamOnce } from '../client/call-upstream.js';
import type { Deployment } from '../client/deployment.js';
import type { StageTimeouts } from '../client/stage-timeouts.js';
import { createLLMError, isLLMError, type LLMError } from '../errors/llm-error.js';
import { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import { type Clock, realSleep, systemClock } from '../resilience/clock.js';
import { type ErrorPolicy, resolveErrorPolicy } from '../resilience/error-policy.js';
import type { HealthBus, HealthEvent } from '../resilience/health-bus.js';
import { KeyPool } from '../resilience/key-pool.js';
import { maskSecretsInText } from '../resilience/mask-secret.js';
import { RetryBudget } from '../resilience/retry-budget.js';
import { RetryPolicy } from '../resilience/retry-policy.js';
import { buildDefaultPlan } from '../router/build-default-plan.js';
import type { PlanTarget } from '../router/plan-target.js';
import { resolvePlan } from '../router/resolve-plan.js';
import type { Route } from '../router/route-config.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import { AllAttemptsFailedError } from './all-attempts-failed-error.js';
import { buildServiceStatus } from './build-service-status.js';
import type { Candidate } from './candidate.js';
import { CandidateSource } from './candidate-source.js';
import type { EngineOptions } from './engine-options.js';
import type { AttemptRecord, Engine, EngineCallOptions, EngineResult, EngineStream, TargetStatus } from './engine-types.js';
import { type FailureDecision, HEDGE_LOST, runRace } from './run-race.js';

const DEFAULT_TIMEOUTS: Required<StageTimeouts> = { firstByteMs: 30_000, firstTokenMs: 45_000, idleMs: 60_000, totalMs: 120_000 };

/**
 * The resilience engine: router + breakers + key pools + limits + failover/hedging over the
 * provider adapters. StableLLM (library) and the gateway both sit on it.
 */
export class StableEngine implements Engine {
  private settings: ResolvedSettings;
  private routes: ReadonlyMap<string, Route>;
  private readonly breakers: CircuitBreakerRegistry;
  private readonly pools = new Map<string, { fingerprint: string; pool: KeyPool }>();
  /** Deployments are cached per settings version, so this skips the key fingerprint on the hot path. */
  private readonly poolByDeployment = new WeakMap<Deployment, KeyPool>();
  private readonly policy: ErrorPolicy;
  private readonly clock: Clock;
  private readonly timeouts: StageTimeouts;
  /** Extra rounds over the plan: full-jitter backoff, Retry-After aware, within a retry budget. */
  private readonly retryPolicy: RetryPolicy;
  private readonly retryBudget: RetryBudget;

  constructor(private readonly options: EngineOptions) {
    this.settings = options.settings;
    this.routes = options.routes ?? new Map();
    this.clock = options.clock ?? systemClock;
    this.policy = resolveErrorPolicy(options.errorPolicy);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.breakers = new CircuitBreakerRegistry({ ...options.breaker, clock: this.clock });
    // Retries may add at most ~10% traffic (plus a small floor), so an outage is not multiplied.
    this.retryBudget = new RetryBudget({ clock: this.clock });
    this.retryPolicy = new RetryPolicy({
      maxRetries: options.retryRounds ?? 1,
      maxRetryAfterMs: options.maxRetryWaitMs ?? 5_000,
      maxDelayMs: options.maxRetryWaitMs ?? 5_000,
      budget: this.retryBudget,
    });
    this.breakers.onStateChange((change) => options.events?.onBreakerChange?.(change.key, change.from, change.to));
  }

  private healthBus: HealthBus | undefined;
  private applyingRemote = false;

  /**
   * Shares breaker trips and key cooldowns with other instances (Redis pub/sub in the gateway).
   * Remote events are applied locally without being re-published.
   */
  attachHealthBus(bus: HealthBus): void {
    if (this.healthBus) return;
    this.healthBus = bus;
    this.breakers.onStateChange((change) => {
      if (this.applyingRemote) return;
      if (change.to === 'open') {
        const snap = this.breakers.get(change.key).snapshot();
        bus.publish({ type: 'breaker_open', deployment: change.key, coolDownMs: Math.max(1000, snap.cool_down_remaining * 1000) });
      } else if (change.to === 'closed') bus.publish({ type: 'breaker_closed', deployment: change.key });
    });
    bus.subscribe((event) => this.applyRemote(event));
  }

  get sharedHealth(): HealthBus | undefined {
    return this.healthBus;
  }

  /** Releases shared-state connections (the health bus). */
  async close(): Promise<void> {
    const bus = this.healthBus;
    this.healthBus = undefined;
    await bus?.close();
  }

  private applyRemote(event: HealthEvent): void {
    this.applyingRemote = true;
    try {
      switch (event.type) {
        case 'breaker_open':
          this.breakers.get(event.deployment).forceOpen(event.coolDownMs);
          break;
        case 'breaker_closed':
          if (this.breakers.has(event.deployment)) this.breakers.get(event.deployment).reset();
          break;
        case 'key_cooldown':
          this.pools.get(event.endpoint)?.pool.cooldown(event.keyId, Math.max(0, event.untilMs - this.clock.now()), event.reason);
          break;
        case 'key_disabled':
          this.pools.get(event.endpoint)?.pool.disable(event.keyId, event.reason);
          break;
        case 'key_enabled':
          this.pools.get(event.endpoint)?.pool.enable(event.keyId);
          break;
      }
    } finally {
      this.applyingRemote = false;
    }
  }

  /** Atomically swaps settings and routes (hot reload). Breakers and pools of unchanged deployments survive. */
  update(settings: ResolvedSettings, routes?: ReadonlyMap<string, Route>): void {
    this.settings = settings;
    if (routes) this.routes = routes;
  }

  get currentSettings(): ResolvedSettings {
    return this.settings;
  }

  get currentRoutes(): ReadonlyMap<string, Route> {
    return this.routes;
  }

  /** The key pool of an endpoint (created on first use; rebuilt when its key list changes). */
  poolFor(deployment: Deployment): KeyPool | undefined {
    if (deployment.keys.length === 0) return undefined;
    const cached = this.poolByDeployment.get(deployment);
    if (cached && this.pools.get(deployment.endpoint.id)?.pool === cached) return cached;
    const fingerprint = deployment.keys.map((k) => `${k.id}:${k.key.length}:${k.key.slice(-6)}:${k.enabled}`).join(',');
    const existing = this.pools.get(deployment.endpoint.id);
    if (existing && existing.fingerprint === fingerprint) {
      this.poolByDeployment.set(deployment, existing.pool);
      return existing.pool;
    }
    const pool = new KeyPool(deployment.keys, {
      // A key disabled for auth / quota is probed again by one real request after 15 minutes
      // (a topped-up balance or a fixed key recovers without a restart); a second failure
      // disables it again. `keyPool.reEnableAfterMs` changes this; Infinity means by hand only.
      reEnableAfterMs: 15 * 60_000,
      ...this.options.keyPool,
      selection: deployment.endpoint.keySelection,
      errorPolicy: this.policy,
      clock: this.clock,
    });
    const endpointId = deployment.endpoint.id;
    pool.onChange((change) => {
      if (change.state === 'cooling_down' || change.state === 'disabled') {
        this.options.events?.onKeyCooldown?.(
          endpointId,
          change.keyId,
          change.until ?? Number.POSITIVE_INFINITY,
          change.reason ?? change.state,
        );
      }
      if (!this.healthBus || this.applyingRemote) return;
      if (change.state === 'cooling_down' && change.until !== undefined)
        this.healthBus.publish({
          type: 'key_cooldown',
          endpoint: endpointId,
          keyId: change.keyId,
          untilMs: change.until,
          reason: change.reason ?? 'rate_limit',
        });
      else if (change.state === 'disabled')
        this.healthBus.publish({ type: 'key_disabled', endpoint: endpointId, keyId: change.keyId, reason: change.reason ?? 'disabled' });
      else if (change.state === 'active') this.healthBus.publish({ type: 'key_enabled', endpoint: endpointId, keyId: change.keyId });
    });
    this.pools.set(endpointId, { fingerprint, pool });
    this.poolByDeployment.set(deployment, pool);
    return pool;
  }

  /** Every key pool by endpoint id (status pages, admin console). */
  keyPools(): ReadonlyMap<string, KeyPool> {
    return new Map([...this.pools].map(([id, p]) => [id, p.pool]));
  }

  breakerRegistry(): CircuitBreakerRegistry {
    return this.breakers;
  }

  planFor(options: EngineCallOptions): PlanTarget[] {
    if (options.plan) return options.plan;
    return resolvePlan(options.model, this.settings, this.routes, () => buildDefaultPlan(this.settings, this.options.serviceOrder)).targets;
  }

  private hedgeDelay(route: string | undefined): ((c: Candidate) => number | undefined) | undefined {
    const setting = (route ? this.routes.get(route)?.hedgeAfterMs : undefined) ?? this.options.hedgeAfterMs;
    if (setting === undefined) return undefined;
    if (typeof setting === 'number') return () => setting;
    return (c) => this.breakers.get(c.deployment.key).latency.p95 ?? undefined;
  }

  async complete(request: ChatRequest, options: EngineCallOptions = {}): Promise<EngineResult> {
    const attempts: AttemptRecord[] = [];
    this.retryBudget.recordRequest();
    // The overall deadline is enforced per attempt (each attempt's total timer is capped by the
    // time left) instead of by one more AbortController + timer + listener per request.
    const endsAt = this.clock.now() + (options.deadlineMs ?? this.options.deadlineMs ?? 180_000);
    try {
      const plan = this.planFor(options);
      const hedgeDelay = this.hedgeDelay(options.model);
      for (let round = 0; ; round++) {
        const source = this.source(plan, request, attempts);
        const outcome = await runRace<Candidate, ChatResult>(
          {
            pull: (hint) => source.next(hint),
            onFailure: (c, err) => this.decide(c, err, options.signal),
            hedgeDelay,
            signal: options.signal,
          },
          (c, signal) => this.completeCandidate(c, request, signal, attempts, endsAt),
        );
        if (outcome.ok) {
          const result = outcome.value as EngineResult;
          const c = outcome.candidate;
          result.attempts = attempts;
          result.target = c.targetId;
          result.keyId = c.lease?.keyId;
          return result;
        }
        const wait = this.retryWait(outcome.error, attempts, round, endsAt);
        if (wait === undefined) throw this.failure(outcome.error, attempts);
        await realSleep(wait, options.signal);
      }
    } catch (err) {
      if (err instanceof AllAttemptsFailedError) throw err;
      throw this.failure(isLLMError(err) ? err : createLLMError({ kind: 'server', message: String(err), cause: err }), attempts);
    }
  }

  stream(request: ChatRequest, options: EngineCallOptions = {}): EngineStream {
    const attempts: AttemptRecord[] = [];
    this.retryBudget.recordRequest();
    const outer = new AbortController();
    if (options.signal) {
      if (options.signal.aborted) outer.abort(options.signal.reason);
      else options.signal.addEventListener('abort', () => outer.abort(options.signal?.reason), { once: true });
    }
    let resolveDone!: (v: { target?: string; keyId?: string; error?: unknown }) => void;
    const done = new Promise<{ target?: string; keyId?: string; error?: unknown }>((r) => {
      resolveDone = r;
    });
    const engine = this;
    let served: { target: string; keyId?: string } | undefined;
    async function* iterate(): AsyncGenerator<StreamDelta, void, undefined> {
      const deadline = engine.deadline({ ...options, signal: outer.signal });
      let winner: Candidate | undefined;
      // The winning attempt while its deltas flow; settled (and cleared) exactly once.
      let active: { c: Candidate; primed: Primed } | undefined;
      let unlinkWinner: (() => void) | undefined;
      try {
        let plan = engine.planFor(options);
        let req = request;
        let partial = '';
        let startedContent = false;
        for (let round = 0; ; ) {
          const source = engine.source(plan, req, attempts);
          const outcome = await runRace<Candidate, Primed>(
            {
              pull: (hint) => source.next(hint),
              onFailure: (c, err) => engine.decide(c, err, outer.signal),
              hedgeDelay: engine.hedgeDelay(options.model),
              signal: deadline.signal,
            },
            (c, signal) => engine.primeCandidate(c, req, signal, attempts),
          );
          if (!outcome.ok) {
            const wait = startedContent ? undefined : engine.retryWait(outcome.error, attempts, round++, deadline.endsAt);
            if (wait === undefined) throw engine.failure(outcome.error, attempts);
            await realSleep(wait, deadline.signal);
            continue;
          }
          const c = outcome.candidate;
          winner = c;
          const primed = outcome.value;
          active = { c, primed };
          served = { target: c.targetId, keyId: c.lease?.keyId };
          // The race unlinks its candidates when it settles; keep the caller's abort (and
          // EngineStream.abort) wired to the winner for the rest of the stream.
          const abortWinner = (): void => primed.controller.abort(outer.signal.reason);
          if (outer.signal.aborted) abortWinner();
          else outer.signal.addEventListener('abort', abortWinner, { once: true });
          unlinkWinner = () => outer.signal.removeEventListener('abort', abortWinner);
          const started = primed.startedAt;
          let usageTokens: number | undefined;
          try {
            for (const d of primed.buffered) {
              if (d.content) partial += d.content;
              if (d.usage) usageTokens = d.usage.total_tokens;
              startedContent ||= Boolean(d.content || d.tool_calls);
              yield d;
            }
            for (;;) {
              const next = await primed.iterator.next();
              if (next.done) break;
              const d = next.value;
              if (d.content) partial += d.content;
              if (d.usage) usageTokens = d.usage.total_tokens;
              startedContent ||= Boolean(d.content || d.tool_calls);
              if (d.usage) {
                const cost = engine.options.costOf?.(
                  {
                    content: null,
                    reasoning_content: null,
                    tool_calls: null,
                    finish_reason: null,
                    usage: d.usage,
                    provider: c.deployment.backend,
                    model: c.deployment.modelId,
                  },
                  c.deployment,
                );
                if (cost) d.cost = cost;
              }
              yield d;
            }
            active = undefined;
            engine.settle(c, { ok: true }, started, primed.ttftMs, usageTokens, attempts);
            resolveDone({ target: c.targetId, keyId: c.lease?.keyId });
            return;
          } catch (err) {
            const e = isLLMError(err) ? err : createLLMError({ kind: 'server', message: String(err), cause: err });
            active = undefined;
            primed.controller.abort(e);
            if (outer.signal.aborted) {
              engine.settle(
                c,
                { ok: false, error: createLLMError({ kind: 'aborted', message: 'client aborted', provider: c.deployment.backend }) },
                started,
                primed.ttftMs,
                undefined,
                attempts,
              );
              throw e;
            }
            engine.settle(c, { ok: false, error: e }, started, primed.ttftMs, undefined, attempts);
            const decision = engine.decide(c, e, outer.signal);
            if (!engine.options.continueStreamOnFailure || decision.stop) throw engine.failure(e, attempts);
            // Opt-in continuation: ask the next candidate to continue the partial answer.
            req = {
              ...request,
              messages: [
                ...request.messages,
                { role: 'assistant', content: partial },
                { role: 'user', content: 'Continue exactly where your previous message stopped. Do not repeat anything.' },
              ],
            };
            plan = plan
              .filter((t) => `${t.backend}/${t.model}` !== c.targetId)
              .concat(plan.filter((t) => `${t.backend}/${t.model}` === c.targetId));
          }
        }
      } catch (err) {
        resolveDone({ target: winner?.targetId, keyId: winner?.lease?.keyId, error: err });
        throw err;
      } finally {
        unlinkWinner?.();
        if (active) {
          // The consumer stopped early (break / abort): cancel the upstream stream and free the socket.
          const { c, primed } = active;
          const reason = createLLMError({ kind: 'aborted', message: 'stream closed by consumer', provider: c.deployment.backend });
          primed.controller.abort(reason);
          void primed.iterator.return?.().catch(() => undefined);
          engine.settle(c, { ok: false, error: reason }, primed.startedAt, primed.ttftMs, undefined, attempts);
        }
        deadline.dispose();
        resolveDone({ target: winner?.targetId, keyId: winner?.lease?.keyId });
      }
    }
    let iterator: AsyncGenerator<StreamDelta, void, undefined> | undefined;
    return {
      attempts,
      done,
      get served() {
        return served;
      },
      abort: (reason?: unknown) => outer.abort(reason ?? createLLMError({ kind: 'aborted', message: 'stream aborted' })),
      [Symbol.asyncIterator]() {
        iterator ??= iterate();
        return iterator;
      },
    };
  }

  getServiceStatus(): Record<string, TargetStatus> {
    return buildServiceStatus(this.settings, this.breakers, (d) => this.poolFor(d), this.options.limiter);
  }

  // ---- internals -------------------------------------------------------------------------------

  private source(plan: PlanTarget[], request: ChatRequest, attempts: AttemptRecord[]): CandidateSource {
    return new CandidateSource(plan, request, {
      settings: this.settings,
      breakers: this.breakers,
      poolFor: (d) => this.poolFor(d),
      limiter: this.options.limiter,
      estimatePromptTokens: this.options.estimatePromptTokens,
      clock: this.clock,
      record: (a) => this.record(a, attempts),
    });
  }

  private record(a: AttemptRecord, attempts: AttemptRecord[]): void {
    attempts.push(a);
    try {
      this.options.events?.onAttempt?.(a);
    } catch {
      // Hooks must never break a request.
    }
  }

  private deadline(options: EngineCallOptions): { signal: AbortSignal; endsAt: number; dispose(): void } {
    const ms = options.deadlineMs ?? this.options.deadlineMs ?? 180_000;
    const controller = new AbortController();
    const endsAt = this.clock.now() + ms;
    const timer = setTimeout(
      () =>
        controller.abort(createLLMError({ kind: 'timeout', code: 'deadline_exceeded', message: `no answer within the ${ms} ms deadline` })),
      ms,
    );
    timer.unref?.();
    const parent = options.signal;
    const onAbort = (): void =>
      controller.abort(parent?.reason ?? createLLMError({ kind: 'aborted', message: 'request aborted by caller' }));
    if (parent) {
      if (parent.aborted) onAbort();
      else parent.addEventListener('abort', onAbort, { once: true });
    }
    return {
      signal: controller.signal,
      endsAt,
      dispose: () => {
        clearTimeout(timer);
        parent?.removeEventListener('abort', onAbort);
      },
    };
  }

  private decide(c: Candidate, err: LLMError, callerSignal: AbortSignal | undefined): FailureDecision {
    if (err.kind === 'aborted' || callerSignal?.aborted) return { stop: true };
    const action = this.policy[err.kind];
    if (action.failover) return { stop: false, hint: action.keyAction !== 'none' && c.lease ? 'same_deployment' : 'next_deployment' };
    if (action.failoverIfLargerContext) return { stop: false, hint: 'larger_context' };
    return { stop: true };
  }

  private async completeCandidate(
    c: Candidate,
    request: ChatRequest,
    signal: AbortSignal | undefined,
    attempts: AttemptRecord[],
    endsAt: number,
  ): Promise<ChatResult> {
    const started = this.clock.now();
    this.announceFailover(c, attempts);
    try {
      const left = endsAt - started;
      if (left <= 0)
        throw createLLMError({
          kind: 'timeout',
          code: 'deadline_exceeded',
          message: 'the overall deadline passed before this attempt',
          provider: c.deployment.backend,
        });
      const total = this.timeouts.totalMs;
      const result = await completeOnce(c.deployment, request, {
        signal,
        apiKey: c.lease ? { id: c.lease.keyId, key: c.lease.key, weight: 1, enabled: true } : undefined,
        timeouts: total === undefined || total > left ? { ...this.timeouts, totalMs: left } : this.timeouts,
      });
      const cost = this.options.costOf?.(result, c.deployment);
      if (cost) result.cost = cost;
      this.settle(c, { ok: true }, started, undefined, result.usage?.total_tokens, attempts);
      return result;
    } catch (err) {
      const e = this.errorOf(err, signal, c);
      this.settle(c, { ok: false, error: e }, started, undefined, undefined, attempts);
      throw e;
    }
  }

  private async primeCandidate(
    c: Candidate,
    request: ChatRequest,
    signal: AbortSignal | undefined,
    attempts: AttemptRecord[],
  ): Promise<Primed> {
    const startedAt = this.clock.now();
    this.announceFailover(c, attempts);
    const controller = new AbortController();
    if (signal) {
      const parent = signal;
      const onAbort = (): void => controller.abort(parent.reason);
      if (parent.aborted) onAbort();
      else parent.addEventListener('abort', onAbort, { once: true });
    }
    const iterator = streamOnce(c.deployment, request, {
      signal: controller.signal,
      apiKey: c.lease ? { id: c.lease.keyId, key: c.lease.key, weight: 1, enabled: true } : undefined,
      timeouts: this.timeouts,
    });
    const buffered: StreamDelta[] = [];
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          // A stream that ended without any token still counts as an answer (e.g. empty reply).
          return { iterator: emptyIterator(), buffered, controller, startedAt, ttftMs: undefined };
        }
        buffered.push(next.value);
        const d = next.value;
        if (d.content || d.reasoning_content || d.tool_calls) {
          return { iterator, buffered, controller, startedAt, ttftMs: this.clock.now() - startedAt };
        }
      }
    } catch (err) {
      const e = this.errorOf(err, signal, c);
      this.settle(c, { ok: false, error: e }, startedAt, undefined, undefined, attempts);
      throw e;
    }
  }

  private errorOf(err: unknown, signal: AbortSignal | undefined, c: Candidate): LLMError {
    if (signal?.aborted && signal.reason === HEDGE_LOST) {
      return createLLMError({
        kind: 'aborted',
        code: 'hedge_lost',
        message: 'hedged attempt lost the race',
        provider: c.deployment.backend,
      });
    }
    return isLLMError(err) ? err : createLLMError({ kind: 'server', message: String(err), provider: c.deployment.backend, cause: err });
  }

  /** Releases everything a candidate reserved and records the attempt. */
  private settle(
    c: Candidate,
    outcome: { ok: true } | { ok: false; error: LLMError },
    startedAt: number,
    ttftMs: number | undefined,
    tokens: number | undefined,
    attempts: AttemptRecord[],
  ): void {
    const latencyMs = this.clock.now() - startedAt;
    if (outcome.ok) {
      c.permit.release({ ok: true, latencyMs });
      c.lease?.report({ ok: true, tokens });
      c.limit?.release(tokens);
    } else {
      const e = outcome.error;
      const secrets = c.lease ? [c.lease.key] : [];
      const message = maskSecretsInText(e.message, secrets);
      c.permit.release({ ok: false, kind: e.kind, message, latencyMs });
      if (e.code !== 'hedge_lost') c.lease?.report({ ok: false, kind: e.kind, retryAfterMs: e.retryAfterMs, message });
      c.limit?.release(0);
    }
    this.record(
      {
        target: c.targetId,
        deployment: c.deployment.key,
        keyId: c.lease?.keyId,
        outcome: outcome.ok ? 'success' : 'error',
        kind: outcome.ok ? undefined : outcome.error.kind,
        status: outcome.ok ? undefined : outcome.error.status,
        code: outcome.ok ? undefined : outcome.error.code,
        retryAfterMs: outcome.ok ? undefined : outcome.error.retryAfterMs,
        message: outcome.ok ? undefined : maskSecretsInText(outcome.error.message, c.lease ? [c.lease.key] : []),
        latencyMs,
        ttftMs,
        startedAt,
      },
      attempts,
    );
  }

  /** Fires `onFailover(failedAttempt, nextTarget)` when a candidate starts after a failure. */
  private announceFailover(c: Candidate, attempts: AttemptRecord[]): void {
    const hook = this.options.events?.onFailover;
    if (!hook) return;
    for (let i = attempts.length - 1; i >= 0; i--) {
      const a = attempts[i];
      if (a.outcome === 'skipped') continue;
      if (a.outcome === 'error' && a.code !== 'hedge_lost') {
        try {
          hook(a, c.targetId);
        } catch {
          // Hooks must never break a request.
        }
      }
      return;
    }
  }

  /**
   * How long to wait before another round over the plan, or undefined to give up: only when every
   * real attempt failed with a kind the error policy retries, the retry budget has room, the
   * provider's Retry-After is short, and the wait ends before the deadline.
   */
  private retryWait(error: LLMError | undefined, attempts: AttemptRecord[], round: number, endsAt: number): number | undefined {
    if (!error) return undefined;
    const tried = attempts.filter((a) => a.outcome === 'error' && a.code !== 'hedge_lost');
    if (tried.length === 0) return undefined;
    if (!tried.every((a) => a.kind && this.policy[a.kind].retrySameTarget)) return undefined;
    const hints = tried.map((a) => a.retryAfterMs).filter((w): w is number => w !== undefined);
    const decision = this.retryPolicy.decide({ kind: error.kind, retryAfterMs: hints.length ? Math.min(...hints) : undefined }, round);
    if (!decision.retry) return undefined;
    if (this.clock.now() + decision.delayMs >= endsAt) return undefined;
    return decision.delayMs;
  }

  private failure(error: LLMError | undefined, attempts: AttemptRecord[]): AllAttemptsFailedError {
    const tried = attempts.filter((a) => a.outcome === 'error' && a.code !== 'hedge_lost');
    const skipped = attempts.filter((a) => a.outcome === 'skipped');
    const waitable = (a: AttemptRecord): boolean =>
      a.outcome === 'skipped' ? a.skipReason === 'keys_cooling_down' || a.skipReason === 'rate_limited_locally' : a.kind === 'rate_limit';
    const considered = [...tried, ...skipped.filter((a) => a.skipReason !== 'unavailable')];
    // Everything is rate limited (upstream 429s, keys cooling down, local limits full): say so
    // with the earliest time anything frees up, so callers and the gateway can send Retry-After.
    if (considered.length > 0 && considered.every(waitable)) {
      const waits = considered
        .map((a) => a.retryAfterMs ?? (a.outcome === 'error' ? error?.retryAfterMs : undefined))
        .filter((w): w is number => w !== undefined);
      const retryAfterMs = waits.length ? Math.min(...waits) : error?.retryAfterMs;
      return new AllAttemptsFailedError(attempts, error, {
        kind: 'rate_limit',
        status: 429,
        retryAfterMs,
        message:
          tried.length === 0
            ? `every candidate is rate limited right now${retryAfterMs !== undefined ? `; retry in ${Math.ceil(retryAfterMs / 1000)} s` : ''}: ${describeSkips(skipped)}`
            : undefined,
      });
    }
    if (tried.length === 0 && !error) {
      const disabled = skipped.length > 0 && skipped.every((a) => a.skipReason === 'keys_disabled' || a.skipReason === 'no_key');
      return new AllAttemptsFailedError(attempts, undefined, {
        kind: disabled ? 'auth' : 'overloaded',
        status: 503,
        retryAfterMs: disabled ? undefined : minWait(skipped),
        message: attempts.length
          ? `no candidate available: ${describeSkips(skipped)}`
          : 'no candidate available: no model is configured (set a provider key such as OPENAI_API_KEY, or pass settings)',
      });
    }
    if (error && !error.retryable && tried.length <= 1) {
      return new AllAttemptsFailedError(attempts, error, { kind: error.kind, status: error.status, message: error.message });
    }
    return new AllAttemptsFailedError(attempts, error);
  }
}

function describeSkips(skipped: AttemptRecord[]): string {
  return skipped.map((a) => `${a.target}: ${a.message ?? a.skipReason}`).join('; ');
}

function minWait(attempts: AttemptRecord[]): number | undefined {
  const waits = attempts.map((a) => a.retryAfterMs).filter((w): w is number => w !== undefined);
  return waits.length ? Math.min(...waits) : undefined;
}

interface Primed {
  iterator: AsyncIterator<StreamDelta, void, undefined>;
  buffered: StreamDelta[];
  controller: AbortController;
  startedAt: number;
  ttftMs: number | undefined;
}

function emptyIterator(): AsyncIterator<StreamDelta, void, undefined> {
  return { next: async () => ({ done: true, value: undefined }) };
}

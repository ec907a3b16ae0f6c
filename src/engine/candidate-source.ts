import type { Deployment } from '../client/deployment.js';
import { resolveDeploymentsCached } from '../client/resolve-deployments.js';
import { PRESETS } from '../providers/presets.js';
import type { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import type { Clock } from '../resilience/clock.js';
import type { KeyPool } from '../resilience/key-pool.js';
import type { PlanTarget } from '../router/plan-target.js';
import { weightedShuffle } from '../router/weighted-shuffle.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { Candidate } from './candidate.js';
import type { DeploymentLimiter } from './engine-options.js';
import type { AttemptRecord } from './engine-types.js';
import type { PullHint } from './run-race.js';

export interface CandidateSourceDeps {
  settings: ResolvedSettings;
  breakers: CircuitBreakerRegistry;
  poolFor(deployment: Deployment): KeyPool | undefined;
  limiter?: DeploymentLimiter;
  estimatePromptTokens?: (request: ChatRequest, deployment: Deployment) => number;
  clock: Clock;
  record(attempt: AttemptRecord): void;
}

/**
 * Walks a plan lazily: targets → their enabled deployments (weighted order) → keys. A deployment
 * whose breaker is open, whose keys are all cooling down or disabled, whose local limit is full or
 * whose context window is too small is skipped (and recorded) without a request. After a key-level
 * failure (rate limit, auth, quota) the next pull tries another key on the same deployment first.
 */
export class CandidateSource {
  private targetIndex = 0;
  private deployments: readonly Deployment[] = [];
  private deploymentIndex = 0;
  private current: Deployment | undefined;
  private currentTarget: PlanTarget | undefined;
  private triedKeys = new Set<string>();
  private minContext = 0;
  private readonly seenDeployments = new Set<string>();
  /** Prompt estimates per model: one request is estimated once, not once per key or endpoint. */
  private readonly estimates = new Map<Deployment['model'], number>();

  constructor(
    private readonly plan: readonly PlanTarget[],
    private readonly request: ChatRequest,
    private readonly deps: CandidateSourceDeps,
    private readonly random: () => number = Math.random,
  ) {}

  async next(hint: PullHint): Promise<Candidate | undefined> {
    if (hint === 'larger_context' && this.current) {
      this.minContext = Math.max(this.minContext, (this.current.model.contextLength ?? 0) + 1);
    }
    if (hint === 'same_deployment' && this.current) {
      const c = await this.fromDeployment(this.current, this.currentTarget!);
      if (c) return c;
    }
    for (;;) {
      const dep = this.nextDeployment();
      if (!dep) return undefined;
      this.current = dep.deployment;
      this.currentTarget = dep.target;
      this.triedKeys = new Set();
      const c = await this.fromDeployment(dep.deployment, dep.target);
      if (c) return c;
    }
  }

  private nextDeployment(): { deployment: Deployment; target: PlanTarget } | undefined {
    for (;;) {
      if (this.deploymentIndex < this.deployments.length) {
        const deployment = this.deployments[this.deploymentIndex++];
        if (this.seenDeployments.has(deployment.key)) continue;
        this.seenDeployments.add(deployment.key);
        return { deployment, target: this.plan[this.targetIndex - 1] };
      }
      if (this.targetIndex >= this.plan.length) return undefined;
      const target = this.plan[this.targetIndex++];
      try {
        this.deployments = weightedShuffle(
          resolveDeploymentsCached(this.deps.settings, target.backend as Deployment['backend'], target.model),
          this.random,
        );
      } catch (err) {
        this.deps.record({
          target: `${target.backend}/${target.model}`,
          deployment: `${target.backend}||${target.model}`,
          outcome: 'skipped',
          skipReason: 'unavailable',
          message: (err as Error).message,
          latencyMs: 0,
          startedAt: this.deps.clock.now(),
        });
        this.deployments = [];
      }
      this.deploymentIndex = 0;
    }
  }

  private estimateFor(deployment: Deployment): number {
    let n = this.estimates.get(deployment.model);
    if (n === undefined) {
      n = this.deps.estimatePromptTokens?.(this.request, deployment) ?? 0;
      this.estimates.set(deployment.model, n);
    }
    return n;
  }

  private skip(
    deployment: Deployment,
    target: PlanTarget,
    reason: AttemptRecord['skipReason'],
    message: string,
    retryAfterMs?: number,
  ): undefined {
    this.deps.record({
      retryAfterMs,
      target: `${target.backend}/${target.model}`,
      deployment: deployment.key,
      outcome: 'skipped',
      skipReason: reason,
      message,
      latencyMs: 0,
      startedAt: this.deps.clock.now(),
    });
    return undefined;
  }

  private async fromDeployment(deployment: Deployment, target: PlanTarget): Promise<Candidate | undefined> {
    const targetId = `${target.backend}/${target.model}`;
    const estimatedTokens = this.estimateFor(deployment);
    const ctx = deployment.model.contextLength;
    if (this.minContext > 0 && (ctx === undefined || ctx < this.minContext)) {
      return this.skip(
        deployment,
        target,
        'context_too_small',
        `context window ${ctx ?? 'unknown'} is not larger than the one that overflowed`,
      );
    }
    if (ctx !== undefined && estimatedTokens > ctx) {
      return this.skip(
        deployment,
        target,
        'context_too_small',
        `prompt ~${estimatedTokens} tokens exceeds the ${ctx}-token context window`,
      );
    }
    const breaker = this.deps.breakers.get(deployment.key);
    if (!breaker.isAvailable()) {
      const left = breaker.snapshot().cool_down_remaining;
      return this.skip(deployment, target, 'breaker_open', `circuit ${breaker.state}, cool-down ${left}s left`, left * 1000);
    }
    const pool = this.deps.poolFor(deployment);
    const lease = pool?.acquire({ estimatedTokens, exclude: this.triedKeys });
    if (pool && !lease) {
      const a = pool.availability(estimatedTokens);
      const now = this.deps.clock.now();
      if (a.coolingDown + a.overBudget > 0) {
        const wait = a.nextAvailableAt === undefined ? undefined : Math.max(0, a.nextAvailableAt - now);
        return this.skip(
          deployment,
          target,
          'keys_cooling_down',
          `no usable key: ${a.coolingDown} cooling down, ${a.overBudget} over budget, ${a.disabled} disabled, ${this.triedKeys.size} already tried`,
          wait,
        );
      }
      if (a.available === 0 && a.disabled > 0 && this.triedKeys.size === 0) {
        return this.skip(deployment, target, 'keys_disabled', `all keys disabled (${a.disabledKinds.join(', ') || 'by hand'})`);
      }
      return this.skip(deployment, target, 'no_key', `no untried key left (${this.triedKeys.size} tried this request)`);
    }
    // A keyless call to a vendor's own API can only fail with 401; a custom api_base may be an open proxy.
    const preset = PRESETS[deployment.backend];
    if (
      !pool &&
      deployment.keys.length === 0 &&
      !preset.keyOptional &&
      deployment.endpoint.kind === 'default' &&
      deployment.apiBase === preset.baseURL
    ) {
      return this.skip(
        deployment,
        target,
        'no_key',
        `no API key configured for endpoint "${deployment.endpoint.id}" (set ${preset.keyEnv[0]})`,
      );
    }
    if (lease) this.triedKeys.add(lease.keyId);
    let limit: Candidate['limit'];
    if (this.deps.limiter) {
      const admitted = await this.deps.limiter.acquire(deployment, estimatedTokens);
      if (!admitted.allowed) {
        lease?.cancel();
        return this.skip(
          deployment,
          target,
          'rate_limited_locally',
          `local limit reached, retry in ${admitted.retryAfterMs} ms`,
          admitted.retryAfterMs,
        );
      }
      limit = admitted;
    }
    const permit = breaker.tryAcquire();
    if (!permit.allowed) {
      // Nothing was sent: give back the key's and the limiter's charges, not just the slot.
      lease?.cancel();
      limit?.cancel();
      return this.skip(deployment, target, 'breaker_open', 'half-open probe slots busy');
    }
    return { target, targetId, deployment, lease, permit, limit, estimatedTokens };
  }
}

import { resolveDeployments } from '../client/resolve-deployments.js';
/**
 * Walks a plan lazily: targets → their enabled deployments (weighted order) → keys. A deployment
 * whose breaker is open, whose keys are all cooling down or disabled, whose local limit is full or
 * whose context window is too small is skipped (and recorded) without a request. After a key-level
 * failure (rate limit, auth, quota) the next pull tries another key on the same deployment first.
 */
export class CandidateSource {
    plan;
    request;
    deps;
    random;
    targetIndex = 0;
    deployments = [];
    deploymentIndex = 0;
    current;
    currentTarget;
    triedKeys = new Set();
    minContext = 0;
    seenDeployments = new Set();
    constructor(plan, request, deps, random = Math.random) {
        this.plan = plan;
        this.request = request;
        this.deps = deps;
        this.random = random;
    }
    async next(hint) {
        if (hint === 'larger_context' && this.current) {
            this.minContext = Math.max(this.minContext, (this.current.model.contextLength ?? 0) + 1);
        }
        if (hint === 'same_deployment' && this.current) {
            const c = await this.fromDeployment(this.current, this.currentTarget);
            if (c)
                return c;
        }
        for (;;) {
            const dep = this.nextDeployment();
            if (!dep)
                return undefined;
            this.current = dep.deployment;
            this.currentTarget = dep.target;
            this.triedKeys = new Set();
            const c = await this.fromDeployment(dep.deployment, dep.target);
            if (c)
                return c;
        }
    }
    nextDeployment() {
        for (;;) {
            if (this.deploymentIndex < this.deployments.length) {
                const deployment = this.deployments[this.deploymentIndex++];
                if (this.seenDeployments.has(deployment.key))
                    continue;
                this.seenDeployments.add(deployment.key);
                return { deployment, target: this.plan[this.targetIndex - 1] };
            }
            if (this.targetIndex >= this.plan.length)
                return undefined;
            const target = this.plan[this.targetIndex++];
            try {
                this.deployments = weightedOrder(resolveDeployments(this.deps.settings, target.backend, target.model), this.random);
            }
            catch (err) {
                this.deps.record({
                    target: `${target.backend}/${target.model}`,
                    deployment: `${target.backend}||${target.model}`,
                    outcome: 'skipped',
                    skipReason: 'no_key',
                    message: err.message,
                    latencyMs: 0,
                    startedAt: this.deps.clock.now(),
                });
                this.deployments = [];
            }
            this.deploymentIndex = 0;
        }
    }
    skip(deployment, target, reason, message) {
        this.deps.record({
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
    async fromDeployment(deployment, target) {
        const targetId = `${target.backend}/${target.model}`;
        const estimatedTokens = this.deps.estimatePromptTokens?.(this.request, deployment) ?? 0;
        const ctx = deployment.model.contextLength;
        if (this.minContext > 0 && (ctx === undefined || ctx < this.minContext)) {
            return this.skip(deployment, target, 'context_too_small', `context window ${ctx ?? 'unknown'} is not larger than the one that overflowed`);
        }
        if (ctx !== undefined && estimatedTokens > ctx) {
            return this.skip(deployment, target, 'context_too_small', `prompt ~${estimatedTokens} tokens exceeds the ${ctx}-token context window`);
        }
        const breaker = this.deps.breakers.get(deployment.key);
        if (!breaker.isAvailable()) {
            return this.skip(deployment, target, 'breaker_open', `circuit ${breaker.state}, cool-down ${breaker.snapshot().cool_down_remaining}s left`);
        }
        const pool = this.deps.poolFor(deployment);
        const lease = pool?.acquire({ estimatedTokens, exclude: this.triedKeys });
        if (pool && !lease) {
            const a = pool.availability(estimatedTokens);
            const why = a.disabled === pool.snapshot().size
                ? `all keys disabled (${a.disabledKinds.join(', ') || 'by hand'})`
                : `no usable key (${a.coolingDown} cooling down, ${a.overBudget} over budget, ${a.disabled} disabled, ${this.triedKeys.size} already tried)`;
            return this.skip(deployment, target, 'no_key', why);
        }
        if (lease)
            this.triedKeys.add(lease.keyId);
        let limit;
        if (this.deps.limiter) {
            const admitted = await this.deps.limiter.acquire(deployment, estimatedTokens);
            if (!admitted.allowed) {
                lease?.cancel();
                return this.skip(deployment, target, 'rate_limited_locally', `local limit reached, retry in ${admitted.retryAfterMs} ms`);
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
function weightedOrder(items, random) {
    if (items.length < 2)
        return items;
    return items
        .map((d) => ({ d, k: random() ** (1 / d.weight) }))
        .sort((a, b) => b.k - a.k)
        .map((x) => x.d);
}
//# sourceMappingURL=candidate-source.js.map
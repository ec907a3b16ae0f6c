import type { Deployment } from '../client/deployment.js';
import type { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import type { Clock } from '../resilience/clock.js';
import type { KeyPool } from '../resilience/key-pool.js';
import type { PlanTarget } from '../router/plan-target.js';
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
export declare class CandidateSource {
    private readonly plan;
    private readonly request;
    private readonly deps;
    private readonly random;
    private targetIndex;
    private deployments;
    private deploymentIndex;
    private current;
    private currentTarget;
    private triedKeys;
    private minContext;
    private readonly seenDeployments;
    constructor(plan: readonly PlanTarget[], request: ChatRequest, deps: CandidateSourceDeps, random?: () => number);
    next(hint: PullHint): Promise<Candidate | undefined>;
    private nextDeployment;
    private skip;
    private fromDeployment;
}

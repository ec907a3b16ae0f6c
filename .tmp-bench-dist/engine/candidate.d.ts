import type { Deployment } from '../client/deployment.js';
import type { BreakerPermit } from '../resilience/circuit-breaker.js';
import type { KeyLease } from '../resilience/key-lease.js';
import type { PlanTarget } from '../router/plan-target.js';
/** Everything reserved for one attempt: released exactly once when the attempt ends. */
export interface Candidate {
    target: PlanTarget;
    targetId: string;
    deployment: Deployment;
    lease: KeyLease | undefined;
    permit: BreakerPermit;
    limit: {
        release(actualTokens?: number): void;
        cancel(): void;
    } | undefined;
    estimatedTokens: number;
}

import type { Deployment } from '../client/deployment.js';
import type { StageTimeouts } from '../client/stage-timeouts.js';
import type { CircuitBreakerOptions } from '../resilience/circuit-breaker.js';
import type { Clock } from '../resilience/clock.js';
import type { ErrorPolicyOverrides } from '../resilience/error-policy.js';
import type { KeyPoolOptions } from '../resilience/key-pool.js';
import type { Route } from '../router/route-config.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult, Cost } from '../spec/chat-result.js';
import type { EngineEvents } from './engine-types.js';

export interface EngineOptions {
  settings: ResolvedSettings;
  routes?: ReadonlyMap<string, Route>;
  /** Backends (or `backend/model` targets) tried first in the default plan. */
  serviceOrder?: readonly string[];
  /** Per-attempt stage timeouts. Defaults: first byte 30 s, first token 45 s, idle 60 s, total 120 s. */
  timeouts?: StageTimeouts;
  /** Overall deadline across every attempt, ms. Default 180 000. */
  deadlineMs?: number;
  breaker?: CircuitBreakerOptions;
  keyPool?: KeyPoolOptions;
  errorPolicy?: ErrorPolicyOverrides;
  /**
   * Hedged requests (opt-in): when the running attempt has produced no response (non-streaming)
   * or no first token (streaming) after this many ms — or after the deployment's observed p95 —
   * start the next candidate as well; the first good answer wins and the other is aborted.
   */
  hedgeAfterMs?: number | 'p95';
  /**
   * Opt-in: when a stream fails after content has begun, continue it on the next candidate with
   * the partial answer as context (the continuation may not match the first model's style).
   * Default: end the stream with the error.
   */
  continueStreamOnFailure?: boolean;
  /**
   * When every candidate failed with a retryable error, wait (full-jitter backoff, or the
   * provider's Retry-After when that is at most `maxRetryWaitMs`, default 5 s) and run the plan
   * again, up to this many extra rounds within the deadline and a retry budget (≈10% of traffic).
   * Default 1.
   */
  retryRounds?: number;
  maxRetryWaitMs?: number;
  events?: EngineEvents;
  clock?: Clock;
  /** Prompt token estimate for context-window checks and TPM limits. */
  estimatePromptTokens?: (request: ChatRequest, deployment: Deployment) => number;
  /** Cost of a result (catalog prices + settings overrides). */
  costOf?: (result: ChatResult, deployment: Deployment) => Cost | undefined;
  /** Local limiter per deployment (RPM/TPM/concurrency), consulted before each attempt. */
  limiter?: DeploymentLimiter;
}

/** What one limit scope has used in the last minute on this instance (for status pages). */
export interface LimitUsage {
  /** `endpoint:<id>` or `deployment:<backend|endpoint|model>`. */
  scope: string;
  rpm?: { used: number; limit: number };
  tpm?: { used: number; limit: number };
  concurrent?: { used: number; limit: number };
}

/** Admission control for deployments; memory by default, Redis when shared across instances. */
export interface DeploymentLimiter {
  /** Usage of the deployment's limit scopes as admitted by this instance (last 60 s). */
  usage?(deployment: Deployment): LimitUsage[];
  acquire(
    deployment: Deployment,
    estimatedTokens: number,
  ): Promise<{ allowed: true; release(actualTokens?: number): void; cancel(): void } | { allowed: false; retryAfterMs: number }>;
}

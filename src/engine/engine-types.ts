import type { PlanTarget } from '../router/plan-target.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { ErrorKind } from '../spec/error-kind.js';
import type { StreamDelta } from '../spec/stream-delta.js';

/** One try of one deployment with one key, as reported on results, errors and events. */
export interface AttemptRecord {
  /** `backend/model` as planned. */
  target: string;
  /** `backend|endpoint|modelId`. */
  deployment: string;
  /** Masked key id (never the key). */
  keyId?: string;
  outcome: 'success' | 'error' | 'skipped';
  /**
   * Why a candidate was skipped without a request: its breaker is open, every key is cooling down
   * (or over its local budget), every key is disabled, no key is configured, a local limit is
   * full, its context window is too small, or the target could not be resolved.
   */
  skipReason?:
    | 'breaker_open'
    | 'keys_cooling_down'
    | 'keys_disabled'
    | 'no_key'
    | 'rate_limited_locally'
    | 'context_too_small'
    | 'unavailable'
    | 'deadline';
  /** When the skipped candidate (or the failed one) can be tried again, ms from `startedAt`. */
  retryAfterMs?: number;
  kind?: ErrorKind;
  status?: number;
  code?: string;
  /** Masked error message. */
  message?: string;
  latencyMs: number;
  /** Streaming: ms from attempt start to first token. */
  ttftMs?: number;
  hedged?: boolean;
  startedAt: number;
}

export interface EngineCallOptions {
  /** Route name, `backend/model`, unique model name; undefined → default plan. */
  model?: string;
  /** Explicit plan (overrides `model`). */
  plan?: PlanTarget[];
  signal?: AbortSignal;
  /** Overall deadline across attempts, ms from now. */
  deadlineMs?: number;
  /** Identifies the caller for per-key limits / logs (gateway key id). */
  callerId?: string;
}

export interface EngineResult extends ChatResult {
  attempts: AttemptRecord[];
  /** `backend/model` that answered. */
  target: string;
  /** Masked key id that answered. */
  keyId?: string;
}

/** A resilient stream: deltas, plus what happened once it ends. */
export interface EngineStream extends AsyncIterable<StreamDelta> {
  readonly attempts: AttemptRecord[];
  /** The winning target and key, known once the first delta has been yielded. */
  readonly served: { target: string; keyId?: string } | undefined;
  /** Resolves when the stream is over (success or error) with the serving target. */
  readonly done: Promise<{ target?: string; keyId?: string; error?: unknown }>;
  abort(reason?: unknown): void;
}

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface TargetStatus {
  available: boolean;
  state: BreakerState;
  failure_count: number;
  cool_down_remaining?: number;
  last_error?: string;
  latency_p50_ms?: number;
  latency_p95_ms?: number;
  success_rate?: number;
  total_requests: number;
  deployments: Record<string, unknown>[];
}

/** Hooks for logging and metrics; all optional, called synchronously, must not throw. */
export interface EngineEvents {
  onAttempt?(attempt: AttemptRecord): void;
  onFailover?(from: AttemptRecord, toTarget: string): void;
  onBreakerChange?(deployment: string, from: BreakerState, to: BreakerState): void;
  onKeyCooldown?(deployment: string, keyId: string, untilMs: number, reason: string): void;
}

export interface Engine {
  complete(request: ChatRequest, options?: EngineCallOptions): Promise<EngineResult>;
  stream(request: ChatRequest, options?: EngineCallOptions): EngineStream;
  /** Keyed by `backend/model`. */
  getServiceStatus(): Record<string, TargetStatus>;
}

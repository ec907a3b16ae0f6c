import type { StageTimeouts } from '../client/attempt-controller.js';
import { StableEngine } from '../engine/stable-engine.js';
import type { DeploymentLimiter } from '../engine/engine-options.js';
import type { AttemptRecord, EngineEvents, EngineStream, TargetStatus } from '../engine/engine-types.js';
import type { ErrorPolicyOverrides } from '../resilience/error-policy.js';
import { type RouteInput } from '../router/route-config.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatMessage, ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import { type ImageInput } from './load-image.js';
export interface StableLLMOptions extends EngineEvents {
    /** VERSION 2 settings (raw or resolved). Without it, settings are built from the keys below / env vars. */
    settings?: ResolvedSettings | Record<string, unknown>;
    openaiApiKey?: string;
    anthropicApiKey?: string;
    geminiApiKey?: string;
    /** Keys for any backend: `{ deepseek: 'sk-…', qwen: ['k1', 'k2'] }`. */
    apiKeys?: Partial<Record<BackendType, string | string[]>>;
    /** Backend names (their first enabled model is primary, the rest fallbacks) or `backend/model` targets. */
    serviceOrder?: string[];
    /** Per-attempt timeout in seconds (the seed's service_timeout). Default 60. */
    serviceTimeout?: number;
    /** Consecutive failures that open a deployment's circuit breaker. Default 3. */
    failureThreshold?: number;
    /** Seconds a tripped breaker stays open before a probe. Default 60. */
    coolDownPeriod?: number;
    /** Named routes: `{ smart: ['anthropic/claude-sonnet-5', 'openai/gpt-5.5'] }`. */
    routes?: Record<string, RouteInput>;
    timeouts?: StageTimeouts;
    /** Overall deadline for one call across every attempt, seconds. Default 180. */
    deadline?: number;
    hedgeAfterMs?: number | 'p95';
    continueStreamOnFailure?: boolean;
    errorPolicy?: ErrorPolicyOverrides;
    limiter?: DeploymentLimiter;
    /** Extra rounds over the whole plan when every candidate failed retryably (waits ≤ 2 s). Default 1. */
    retryRounds?: number;
}
export interface ChatOptions extends Omit<Partial<ChatRequest>, 'messages'> {
    /** Route, `backend/model` or model name; omitted → the default failover plan. */
    model?: string;
    /** System prompt prepended to the messages. */
    system?: string;
    signal?: AbortSignal;
    /** Overall deadline for this call, seconds. */
    timeout?: number;
}
/** The seed-compatible result: `raw_content` plus everything ChatResult carries and every attempt. */
export interface StableChatResult extends ChatResult {
    raw_content: string;
    /** `backend/model` that answered. */
    target: string;
    attempts: AttemptRecord[];
}
/**
 * The resilient facade: one call that keeps answering while any configured provider can.
 * Rate limits fail over at once, sick deployments are cut off by breakers and probed back,
 * keys rotate with Retry-After-aware cooldowns.
 */
export declare class StableLLM {
    readonly engine: StableEngine;
    constructor(options?: StableLLMOptions);
    /** Ask a question (string) or continue a conversation (messages). */
    chat(input: string | ChatMessage[], options?: ChatOptions): Promise<StableChatResult>;
    /** Streaming chat: fails over transparently until the first token arrives. */
    stream(input: string | ChatMessage[], options?: ChatOptions): EngineStream;
    /** Describe / question an image given as a path, Buffer, URL or data URL. */
    analyze(prompt: string, image: ImageInput, options?: ChatOptions): Promise<StableChatResult>;
    /** Breaker state, failures, cooldowns, latency and keys (masked) per `backend/model`. */
    getServiceStatus(): Record<string, TargetStatus>;
    private prepare;
}

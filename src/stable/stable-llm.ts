import { resolveSettingsOption } from '../client/create-chat-client.js';
import type { StageTimeouts } from '../client/stage-timeouts.js';
import { createDeploymentLimiter } from '../engine/create-deployment-limiter.js';
import type { DeploymentLimiter, EngineOptions } from '../engine/engine-options.js';
import type { AttemptRecord, EngineEvents, EngineStream, TargetStatus } from '../engine/engine-types.js';
import { StableEngine } from '../engine/stable-engine.js';
import { createLLMError } from '../errors/llm-error.js';
import type { ErrorPolicyOverrides } from '../resilience/error-policy.js';
import { normalizeRoute, type Route, type RouteInput, routeSchema } from '../router/route-config.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatMessage, ChatRequest, ContentPart } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import { validateChatRequest } from '../spec/validate-chat-request.js';
import { defaultCostOf, defaultEstimatePromptTokens } from './default-estimators.js';
import { type ImageInput, loadImage } from './load-image.js';
import { settingsFromKeys } from './settings-from-keys.js';

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
  /** Masked id of the key that answered. */
  keyId?: string;
  attempts: AttemptRecord[];
}

/**
 * The resilient facade: one call that keeps answering while any configured provider can.
 * Rate limits fail over at once, sick deployments are cut off by breakers and probed back,
 * keys rotate with Retry-After-aware cooldowns.
 */
export class StableLLM {
  readonly engine: StableEngine;

  constructor(options: StableLLMOptions = {}) {
    const settings = options.settings
      ? resolveSettingsOption(options.settings)
      : resolveSettingsOption(
          settingsFromKeys({
            ...options.apiKeys,
            ...(options.openaiApiKey ? { openai: options.openaiApiKey } : {}),
            ...(options.anthropicApiKey ? { anthropic: options.anthropicApiKey } : {}),
            ...(options.geminiApiKey ? { gemini: options.geminiApiKey } : {}),
          }),
        );
    const routes = new Map<string, Route>();
    for (const [name, input] of Object.entries(options.routes ?? {})) {
      const parsed = routeSchema.safeParse(input);
      if (!parsed.success)
        throw createLLMError({
          kind: 'invalid_request',
          code: `routes.${name}`,
          message: `routes.${name}: ${parsed.error.issues[0]?.message}`,
        });
      routes.set(name, normalizeRoute(name, parsed.data));
    }
    const attemptMs = (options.serviceTimeout ?? 60) * 1000;
    const engineOptions: EngineOptions = {
      settings,
      routes,
      serviceOrder: options.serviceOrder,
      timeouts: {
        firstByteMs: attemptMs,
        firstTokenMs: attemptMs,
        idleMs: attemptMs,
        totalMs: Math.max(attemptMs, 120_000),
        ...options.timeouts,
      },
      deadlineMs: (options.deadline ?? 180) * 1000,
      breaker: { failureThreshold: options.failureThreshold ?? 3, coolDownMs: (options.coolDownPeriod ?? 60) * 1000 },
      errorPolicy: options.errorPolicy,
      hedgeAfterMs: options.hedgeAfterMs,
      continueStreamOnFailure: options.continueStreamOnFailure,
      limiter: options.limiter ?? createDeploymentLimiter(),
      retryRounds: options.retryRounds,
      estimatePromptTokens: defaultEstimatePromptTokens,
      costOf: defaultCostOf,
      events: {
        onAttempt: options.onAttempt,
        onFailover: options.onFailover,
        onBreakerChange: options.onBreakerChange,
        onKeyCooldown: options.onKeyCooldown,
      },
    };
    this.engine = new StableEngine(engineOptions);
  }

  /** Ask a question (string) or continue a conversation (messages). */
  async chat(input: string | ChatMessage[], options: ChatOptions = {}): Promise<StableChatResult> {
    const { request, call } = this.prepare(input, options);
    const result = await this.engine.complete(request, call);
    return { ...result, raw_content: result.content ?? '' };
  }

  /** Streaming chat: fails over transparently until the first token arrives. */
  stream(input: string | ChatMessage[], options: ChatOptions = {}): EngineStream {
    const { request, call } = this.prepare(input, options);
    return this.engine.stream({ ...request, stream: true }, call);
  }

  /** Describe / question an image given as a path, Buffer, URL or data URL. */
  async analyze(prompt: string, image: ImageInput, options: ChatOptions = {}): Promise<StableChatResult> {
    const url = await loadImage(image);
    const content: ContentPart[] = [
      { type: 'text', text: prompt || 'Describe this image.' },
      { type: 'image_url', image_url: { url } },
    ];
    const { request, call } = this.prepare([{ role: 'user', content }], options);
    // Without an explicit model, prefer the vision-capable targets (all targets if none is marked).
    const vision = options.model ? [] : this.visionTargets();
    const result = await this.engine.complete(request, vision.length > 0 ? { ...call, plan: vision } : call);
    return { ...result, raw_content: result.content ?? '' };
  }

  private visionTargets(): { backend: string; model: string }[] {
    return Object.entries(this.engine.currentSettings.backends).flatMap(([backend, cfg]) =>
      Object.values(cfg?.models ?? {})
        .filter((m) => m.enabled && m.nativeMultimodal)
        .map((m) => ({ backend, model: m.name })),
    );
  }

  /** Breaker state, failures, cooldowns, latency and keys (masked) per `backend/model`. */
  getServiceStatus(): Record<string, TargetStatus> {
    return this.engine.getServiceStatus();
  }

  private prepare(
    input: string | ChatMessage[],
    options: ChatOptions,
  ): { request: ChatRequest; call: { model?: string; signal?: AbortSignal; deadlineMs?: number } } {
    const { model, system, signal, timeout, ...rest } = options;
    const messages: ChatMessage[] = typeof input === 'string' ? [{ role: 'user', content: input }] : [...input];
    if (system) messages.unshift({ role: 'system', content: system });
    const request = validateChatRequest({ ...rest, messages });
    return { request, call: { model, signal, deadlineMs: timeout ? timeout * 1000 : undefined } };
  }
}

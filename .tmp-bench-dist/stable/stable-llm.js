import { resolveSettingsOption } from '../client/create-chat-client.js';
import { createDeploymentLimiter } from '../engine/create-deployment-limiter.js';
import { StableEngine } from '../engine/stable-engine.js';
import { createLLMError } from '../errors/llm-error.js';
import { normalizeRoute, routeSchema } from '../router/route-config.js';
import { validateChatRequest } from '../spec/validate-chat-request.js';
import { defaultCostOf, defaultEstimatePromptTokens } from './default-estimators.js';
import { loadImage } from './load-image.js';
import { settingsFromKeys } from './settings-from-keys.js';
/**
 * The resilient facade: one call that keeps answering while any configured provider can.
 * Rate limits fail over at once, sick deployments are cut off by breakers and probed back,
 * keys rotate with Retry-After-aware cooldowns.
 */
export class StableLLM {
    engine;
    constructor(options = {}) {
        const settings = options.settings
            ? resolveSettingsOption(options.settings)
            : resolveSettingsOption(settingsFromKeys({
                ...options.apiKeys,
                ...(options.openaiApiKey ? { openai: options.openaiApiKey } : {}),
                ...(options.anthropicApiKey ? { anthropic: options.anthropicApiKey } : {}),
                ...(options.geminiApiKey ? { gemini: options.geminiApiKey } : {}),
            }));
        const routes = new Map();
        for (const [name, input] of Object.entries(options.routes ?? {})) {
            const parsed = routeSchema.safeParse(input);
            if (!parsed.success)
                throw createLLMError({ kind: 'invalid_request', code: `routes.${name}`, message: `routes.${name}: ${parsed.error.issues[0]?.message}` });
            routes.set(name, normalizeRoute(name, parsed.data));
        }
        const attemptMs = (options.serviceTimeout ?? 60) * 1000;
        const engineOptions = {
            settings,
            routes,
            serviceOrder: options.serviceOrder,
            timeouts: { firstByteMs: attemptMs, firstTokenMs: attemptMs, idleMs: attemptMs, totalMs: Math.max(attemptMs, 120_000), ...options.timeouts },
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
    async chat(input, options = {}) {
        const { request, call } = this.prepare(input, options);
        const result = await this.engine.complete(request, call);
        return { ...result, raw_content: result.content ?? '' };
    }
    /** Streaming chat: fails over transparently until the first token arrives. */
    stream(input, options = {}) {
        const { request, call } = this.prepare(input, options);
        return this.engine.stream({ ...request, stream: true }, call);
    }
    /** Describe / question an image given as a path, Buffer, URL or data URL. */
    async analyze(prompt, image, options = {}) {
        const url = await loadImage(image);
        const content = [
            { type: 'text', text: prompt || 'Describe this image.' },
            { type: 'image_url', image_url: { url } },
        ];
        const messages = [{ role: 'user', content }];
        let opts = options;
        if (!options.model) {
            // Prefer vision-capable targets for the default plan.
            const settings = this.engine.currentSettings;
            const vision = Object.entries(settings.backends).flatMap(([b, cfg]) => Object.values(cfg?.models ?? {})
                .filter((m) => m.enabled && m.nativeMultimodal)
                .map((m) => ({ backend: b, model: m.name })));
            if (vision.length > 0) {
                const result = await this.engine.complete(this.prepare(messages, options).request, { plan: vision, signal: options.signal, deadlineMs: options.timeout ? options.timeout * 1000 : undefined });
                return { ...result, raw_content: result.content ?? '' };
            }
            opts = options;
        }
        return this.chat(messages, opts);
    }
    /** Breaker state, failures, cooldowns, latency and keys (masked) per `backend/model`. */
    getServiceStatus() {
        return this.engine.getServiceStatus();
    }
    prepare(input, options) {
        const { model, system, signal, timeout, ...rest } = options;
        const messages = typeof input === 'string' ? [{ role: 'user', content: input }] : [...input];
        if (system)
            messages.unshift({ role: 'system', content: system });
        const request = validateChatRequest({ ...rest, messages });
        return { request, call: { model, signal, deadlineMs: timeout ? timeout * 1000 : undefined } };
    }
}
//# sourceMappingURL=stable-llm.js.map
import { validateChatRequest } from '../spec/validate-chat-request.js';
import { completeOnce, streamOnce } from './call-upstream.js';
import { ChatStream, linkSignal } from './chat-stream.js';
import { pickWeighted } from './pick-weighted.js';
import { resolveDeployments } from './resolve-deployments.js';
/**
 * A client bound to one backend + model. Each call picks one enabled endpoint (weighted random)
 * and the next key (round robin). No failover here: that is StableLLM's job.
 */
export class ChatClient {
    settings;
    endpointId;
    defaults;
    backend;
    model;
    rrIndex = new Map();
    constructor(settings, backend, model, endpointId, defaults = {}) {
        this.settings = settings;
        this.endpointId = endpointId;
        this.defaults = defaults;
        this.backend = backend;
        this.model = model;
        // Resolve eagerly so a bad backend/model fails at creation, not at the first call.
        this.deployments();
    }
    deployments() {
        return resolveDeployments(this.settings, this.backend, this.model, { endpointId: this.endpointId });
    }
    pick() {
        const deployment = pickWeighted(this.deployments());
        const keys = deployment.keys.filter((k) => k.enabled);
        if (keys.length === 0)
            return { deployment, key: undefined };
        const i = this.rrIndex.get(deployment.endpoint.id) ?? 0;
        this.rrIndex.set(deployment.endpoint.id, i + 1);
        return { deployment, key: keys[i % keys.length] };
    }
    async createCompletion(params, options = {}) {
        const request = normalizeParams(params);
        const { deployment, key } = this.pick();
        return completeOnce(deployment, { ...request, stream: false }, {
            signal: options.signal,
            apiKey: key,
            timeouts: options.timeouts ?? this.defaults.timeouts,
        });
    }
    createStream(params, options = {}) {
        const request = normalizeParams(params);
        const { deployment, key } = this.pick();
        const stream = new ChatStream((signal) => streamOnce(deployment, { ...request, stream: true }, { signal, apiKey: key, timeouts: options.timeouts ?? this.defaults.timeouts }));
        linkSignal(stream, options.signal);
        return stream;
    }
}
/** Accepts the OpenAI request shape or a bare message list (vv-llm style); validates it. */
export function normalizeParams(params) {
    return validateChatRequest(Array.isArray(params) ? { messages: params } : params);
}
//# sourceMappingURL=chat-client.js.map
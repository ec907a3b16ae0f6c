import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatMessage, ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import { validateChatRequest } from '../spec/validate-chat-request.js';
import { completeOnce, streamOnce } from './call-upstream.js';
import { ChatStream, linkSignal } from './chat-stream.js';
import type { Deployment } from './deployment.js';
import { pickWeighted } from './pick-weighted.js';
import { resolveDeploymentsCached } from './resolve-deployments.js';
import type { StageTimeouts } from './stage-timeouts.js';

export interface CallOptions {
  signal?: AbortSignal;
  timeouts?: StageTimeouts;
}

export type ChatParams = ChatRequest | ChatMessage[];

/**
 * A client bound to one backend + model. Each call picks one enabled endpoint (weighted random)
 * and the next key (round robin). No failover here: that is StableLLM's job.
 */
export class ChatClient {
  readonly backend: string;
  readonly model: string;
  private readonly rrIndex = new Map<string, number>();

  constructor(
    private readonly settings: ResolvedSettings,
    backend: string,
    model: string,
    private readonly endpointId: string | undefined,
    private readonly defaults: { timeouts?: StageTimeouts } = {},
  ) {
    this.backend = backend;
    this.model = model;
    // Resolve eagerly so a bad backend/model fails at creation, not at the first call.
    this.deployments();
  }

  private deployments(): Deployment[] {
    return resolveDeploymentsCached(this.settings, this.backend as Deployment['backend'], this.model, this.endpointId);
  }

  private pick(): { deployment: Deployment; key: Deployment['keys'][number] | undefined } {
    const deployment = pickWeighted(this.deployments());
    const keys = deployment.keys.filter((k) => k.enabled);
    if (keys.length === 0) return { deployment, key: undefined };
    const i = this.rrIndex.get(deployment.endpoint.id) ?? 0;
    this.rrIndex.set(deployment.endpoint.id, i + 1);
    return { deployment, key: keys[i % keys.length] };
  }

  async createCompletion(params: ChatParams, options: CallOptions = {}): Promise<ChatResult> {
    const request = normalizeParams(params);
    const { deployment, key } = this.pick();
    return completeOnce(
      deployment,
      { ...request, stream: false },
      {
        signal: options.signal,
        apiKey: key,
        timeouts: options.timeouts ?? this.defaults.timeouts,
      },
    );
  }

  createStream(params: ChatParams, options: CallOptions = {}): ChatStream {
    const request = normalizeParams(params);
    const { deployment, key } = this.pick();
    const stream = new ChatStream(
      (signal): AsyncGenerator<StreamDelta, void, undefined> =>
        streamOnce(deployment, { ...request, stream: true }, { signal, apiKey: key, timeouts: options.timeouts ?? this.defaults.timeouts }),
    );
    linkSignal(stream, options.signal);
    return stream;
  }
}

/** Accepts the OpenAI request shape or a bare message list (vv-llm style); validates it. */
export function normalizeParams(params: ChatParams): ChatRequest {
  return validateChatRequest(Array.isArray(params) ? { messages: params } : params);
}

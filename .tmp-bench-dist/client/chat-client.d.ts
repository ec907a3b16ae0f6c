import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { ChatMessage, ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StageTimeouts } from './attempt-controller.js';
import { ChatStream } from './chat-stream.js';
export interface CallOptions {
    signal?: AbortSignal;
    timeouts?: StageTimeouts;
}
export type ChatParams = ChatRequest | ChatMessage[];
/**
 * A client bound to one backend + model. Each call picks one enabled endpoint (weighted random)
 * and the next key (round robin). No failover here: that is StableLLM's job.
 */
export declare class ChatClient {
    private readonly settings;
    private readonly endpointId;
    private readonly defaults;
    readonly backend: string;
    readonly model: string;
    private readonly rrIndex;
    constructor(settings: ResolvedSettings, backend: string, model: string, endpointId: string | undefined, defaults?: {
        timeouts?: StageTimeouts;
    });
    private deployments;
    private pick;
    createCompletion(params: ChatParams, options?: CallOptions): Promise<ChatResult>;
    createStream(params: ChatParams, options?: CallOptions): ChatStream;
}
/** Accepts the OpenAI request shape or a bare message list (vv-llm style); validates it. */
export declare function normalizeParams(params: ChatParams): ChatRequest;

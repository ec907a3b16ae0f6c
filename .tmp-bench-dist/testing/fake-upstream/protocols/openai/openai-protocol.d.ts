import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { ProtocolHandler } from '../../protocol-handler.js';
export interface OpenAIProtocolOverrides {
    name?: string;
    /** Replaces the suffix matching (`…/chat/completions`, `GET …/models`), e.g. for Azure deployment URLs. */
    match?: (req: IncomingRoute) => ProtocolRoute | undefined;
}
/**
 * OpenAI Chat Completions, also spoken by DeepSeek, Qwen, Moonshot, Zhipu, Groq, local servers and
 * the rest. Plug-ins with OpenAI bodies but other URLs (Azure) reuse it with their own `match`.
 */
export declare function createOpenAIProtocol(overrides?: OpenAIProtocolOverrides): ProtocolHandler;
export declare const openaiProtocol: ProtocolHandler;

import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { ProtocolHandler } from '../../protocol-handler.js';
export interface AnthropicProtocolOverrides {
    name?: string;
    /** Replaces the suffix matching, e.g. for Vertex `:rawPredict` / `:streamRawPredict` URLs. */
    match?: (req: IncomingRoute) => ProtocolRoute | undefined;
}
/** The Anthropic Messages API (also DeepSeek's, MiniMax's and StepFun's Anthropic-compatible endpoints). */
export declare function createAnthropicProtocol(overrides?: AnthropicProtocolOverrides): ProtocolHandler;
export declare const anthropicProtocol: ProtocolHandler;

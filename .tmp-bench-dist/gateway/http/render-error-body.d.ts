import type { GatewayHttpError } from './http-error.js';
/** OpenAI wire error: `{error:{message,type,param,code}}` (+ attempts when useful). */
export declare function renderOpenAIError(err: GatewayHttpError): {
    error: Record<string, unknown>;
};
/** The status an Anthropic client expects: overloaded is 529 there. */
export declare function anthropicStatus(err: GatewayHttpError): number;
/** Anthropic wire error: `{type:"error",error:{type,message},request_id}`. */
export declare function renderAnthropicError(err: GatewayHttpError, requestId: string): Record<string, unknown>;

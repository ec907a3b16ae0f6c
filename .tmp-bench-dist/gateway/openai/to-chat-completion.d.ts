import type { ChatResult } from '../../spec/chat-result.js';
/** OpenAI `chat.completion` object for a canonical result. Extensions ride along as extra fields. */
export declare function toChatCompletion(result: ChatResult, id: string, created: number): Record<string, unknown>;
/** Our `error` finish reason is not OpenAI's; everything else maps 1:1. */
export declare function openaiFinishReason(reason: string | null | undefined, hasToolCalls: boolean): string;

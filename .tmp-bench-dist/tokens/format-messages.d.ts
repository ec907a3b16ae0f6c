import type { ChatMessage } from '../spec/chat-request.js';
/**
 * Normalises multimodal and tool messages (vv-llm `format_messages`, in the canonical OpenAI
 * shape): clients send content as strings, part arrays, bare strings inside arrays, `image_url` as a
 * plain string, empty parts and empty turns. Adapters and token counting want one shape.
 */
export interface FormatMessagesOptions {
    /**
     * The target accepts images. When false, each image becomes a text placeholder
     * `Image<image_url: …>` (vv-llm convention) so the model at least knows one was there.
     * Default true.
     */
    nativeMultimodal?: boolean;
    /**
     * The target supports native tool calling. When false, tool calls and tool results are written
     * into the conversation as text (vv-llm convention): assistant `Tool calls: [...]`, and a user
     * message `Tool<tool_call_id: …> Call result: …` for each result. Default true.
     */
    functionCallAvailable?: boolean;
    /**
     * Content shape. `auto` (default): text-only part lists collapse to a string (unless a part
     * carries `cache_control`, which only parts can hold), anything with images stays a part list.
     * `string`: collapse whenever there are no images. `parts`: always a part list.
     */
    content?: 'auto' | 'string' | 'parts';
    /**
     * Merge consecutive messages with the same role and name (Anthropic and some Chinese vendors
     * require alternating turns). Tool results are never merged. Default false.
     */
    mergeConsecutive?: boolean;
    /**
     * Drop messages with no text, no image and no tool call. Tool results are kept even when empty:
     * dropping one would leave its tool call unanswered. Default true.
     */
    dropEmpty?: boolean;
}
export declare function formatMessages(messages: readonly ChatMessage[], options?: FormatMessagesOptions): ChatMessage[];

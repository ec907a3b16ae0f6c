import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ChatMessage, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
export type ContextStrategy = 'latest' | 'middle-out' | 'none';
export interface FitMessagesOptions {
    model: string;
    /** Used with `model` to find the window in the catalog when `contextLength` is not given. */
    backend?: BackendType | string;
    /** The model's context window. Unknown (and not in the catalog) → nothing is trimmed. */
    contextLength?: number;
    /**
     * Tokens reserved for the answer (the request's `max_tokens`). Default: the smaller of the
     * model's max output, 4096 and a quarter of the window.
     */
    maxOutputTokens?: number;
    /**
     * `latest` (default): keep system messages and the newest turns that fit.
     * `middle-out`: keep system messages, the first turn and the newest turns; drop from the middle.
     * `none`: change nothing, only count (see `fits`).
     */
    strategy?: ContextStrategy;
    /** Safety margin in tokens; default `defaultMargin(contextLength, estimated)`. */
    margin?: number;
    tools?: readonly ToolDefinition[];
    toolChoice?: ToolChoice;
    /** Catalog for the window lookup (e.g. one from `mergeWithSettings`). */
    catalog?: ModelCatalog;
}
export interface FitMessagesResult {
    messages: ChatMessage[];
    /** Messages removed (truncated ones are kept and not counted here). */
    droppedCount: number;
    /** Some message text was cut and replaced by a `…[truncated N tokens]…` marker. */
    truncated: boolean;
    /** Prompt tokens of the returned messages, tools and framing. */
    promptTokens: number;
    /** Prompt budget used: window − reserved output − margin; undefined when the window is unknown. */
    budget: number | undefined;
    /** The returned prompt is within the budget. False only for `none` or content that cannot shrink (images). */
    fits: boolean;
    estimated: boolean;
}
/** Default answer reservation when neither the caller nor the catalog gives a smaller one. */
export declare const DEFAULT_OUTPUT_RESERVE = 4096;
/** Trims a conversation to the model's window; loads the model's tokenizer on first use. */
export declare function fitMessagesToContext(messages: readonly ChatMessage[], options: FitMessagesOptions): Promise<FitMessagesResult>;
/** Same, synchronously: exact if the tokenizer is loaded, else estimated (with a wider margin). */
export declare function fitMessagesToContextSync(messages: readonly ChatMessage[], options: FitMessagesOptions): FitMessagesResult;

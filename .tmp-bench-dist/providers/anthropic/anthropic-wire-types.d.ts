/**
 * The subset of the Anthropic Messages request we emit. Kept local (not imported from
 * `@anthropic-ai/sdk`, a dev dependency) and checked against the SDK types in tests.
 */
export interface AnthropicCacheControl {
    type: 'ephemeral';
    ttl?: '5m' | '1h';
}
export interface AnthropicTextBlock {
    type: 'text';
    text: string;
    cache_control?: AnthropicCacheControl;
}
export type AnthropicImageMediaType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
export interface AnthropicImageBlock {
    type: 'image';
    source: {
        type: 'base64';
        media_type: AnthropicImageMediaType;
        data: string;
    } | {
        type: 'url';
        url: string;
    };
    cache_control?: AnthropicCacheControl;
}
export interface AnthropicDocumentBlock {
    type: 'document';
    source: {
        type: 'base64';
        media_type: 'application/pdf';
        data: string;
    };
    cache_control?: AnthropicCacheControl;
}
export interface AnthropicThinkingBlock {
    type: 'thinking';
    thinking: string;
    signature: string;
}
export interface AnthropicRedactedThinkingBlock {
    type: 'redacted_thinking';
    data: string;
}
export interface AnthropicToolUseBlock {
    type: 'tool_use';
    id: string;
    name: string;
    input: Record<string, unknown>;
}
export interface AnthropicToolResultBlock {
    type: 'tool_result';
    tool_use_id: string;
    content?: string | AnthropicTextBlock[];
    cache_control?: AnthropicCacheControl;
}
export type AnthropicUserBlock = AnthropicTextBlock | AnthropicImageBlock | AnthropicDocumentBlock | AnthropicToolResultBlock;
export type AnthropicAssistantBlock = AnthropicThinkingBlock | AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicToolUseBlock;
export type AnthropicMessage = {
    role: 'user';
    content: AnthropicUserBlock[];
} | {
    role: 'assistant';
    content: AnthropicAssistantBlock[];
};
export interface AnthropicTool {
    name: string;
    description?: string;
    input_schema: {
        type: 'object';
        [key: string]: unknown;
    };
    strict?: boolean;
    cache_control?: AnthropicCacheControl;
}
export type AnthropicToolChoice = {
    type: 'auto';
    disable_parallel_tool_use?: boolean;
} | {
    type: 'any';
    disable_parallel_tool_use?: boolean;
} | {
    type: 'tool';
    name: string;
    disable_parallel_tool_use?: boolean;
} | {
    type: 'none';
};
export type AnthropicThinking = {
    type: 'enabled';
    budget_tokens: number;
} | {
    type: 'adaptive';
} | {
    type: 'disabled';
};
export interface AnthropicRequestBody {
    model: string;
    max_tokens: number;
    system?: AnthropicTextBlock[];
    messages: AnthropicMessage[];
    tools?: AnthropicTool[];
    tool_choice?: AnthropicToolChoice;
    temperature?: number;
    top_p?: number;
    stop_sequences?: string[];
    thinking?: AnthropicThinking;
    metadata?: {
        user_id: string;
    };
    stream?: boolean;
}

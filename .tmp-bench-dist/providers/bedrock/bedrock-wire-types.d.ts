/**
 * Bedrock Converse / ConverseStream wire shapes (the subset we send and read). Field names are the
 * REST JSON names (camelCase). Docs: "Converse" and "ConverseStream" in the Bedrock API reference.
 */
export type BedrockImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';
export type BedrockDocumentFormat = 'pdf' | 'csv' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'html' | 'txt' | 'md';
export interface BedrockCachePoint {
    cachePoint: {
        type: 'default';
    };
}
export type BedrockSource = {
    bytes: string;
} | {
    s3Location: {
        uri: string;
        bucketOwner?: string;
    };
};
export type BedrockContentBlock = {
    text: string;
} | {
    image: {
        format: BedrockImageFormat;
        source: BedrockSource;
    };
} | {
    document: {
        format: BedrockDocumentFormat;
        name: string;
        source: BedrockSource;
    };
} | {
    toolUse: {
        toolUseId: string;
        name: string;
        input: unknown;
    };
} | {
    toolResult: {
        toolUseId: string;
        content: ({
            text: string;
        } | {
            json: unknown;
        })[];
        status?: 'success' | 'error';
    };
} | {
    reasoningContent: {
        reasoningText: {
            text: string;
            signature?: string;
        };
    } | {
        redactedContent: string;
    };
} | BedrockCachePoint;
export interface BedrockMessage {
    role: 'user' | 'assistant';
    content: BedrockContentBlock[];
}
export type BedrockSystemBlock = {
    text: string;
} | BedrockCachePoint;
export interface BedrockToolSpec {
    toolSpec: {
        name: string;
        description?: string;
        inputSchema: {
            json: Record<string, unknown>;
        };
    };
}
export type BedrockToolChoice = {
    auto: Record<string, never>;
} | {
    any: Record<string, never>;
} | {
    tool: {
        name: string;
    };
};
export interface BedrockInferenceConfig {
    maxTokens?: number;
    temperature?: number;
    topP?: number;
    stopSequences?: string[];
}
export interface BedrockConverseRequest {
    messages: BedrockMessage[];
    system?: BedrockSystemBlock[];
    inferenceConfig?: BedrockInferenceConfig;
    toolConfig?: {
        tools: (BedrockToolSpec | BedrockCachePoint)[];
        toolChoice?: BedrockToolChoice;
    };
    additionalModelRequestFields?: Record<string, unknown>;
    additionalModelResponseFieldPaths?: string[];
    requestMetadata?: Record<string, string>;
}
export type BedrockStopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'guardrail_intervened' | 'content_filtered' | 'model_context_window_exceeded';
export interface BedrockUsage {
    inputTokens?: number;
    outputTokens?: number;
    totalTokens?: number;
    cacheReadInputTokens?: number;
    cacheWriteInputTokens?: number;
}

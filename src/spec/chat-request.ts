/**
 * The canonical request: the OpenAI Chat Completions request shape plus stable-llm extensions.
 * Everything that enters the library or the gateway is normalised to this; every provider adapter
 * converts from it. Types only — no I/O here.
 */

/** Prompt-caching hint (Anthropic-style); passed through where the provider supports it. */
export interface CacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
}

export interface TextPart {
  type: 'text';
  text: string;
  cache_control?: CacheControl;
}

export interface ImagePart {
  type: 'image_url';
  image_url: {
    /** http(s) URL or `data:<mime>;base64,<data>` URL. */
    url: string;
    detail?: 'auto' | 'low' | 'high';
  };
  cache_control?: CacheControl;
}

export type ContentPart = TextPart | ImagePart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/**
 * Provider reasoning that must round-trip verbatim on later turns: Anthropic thinking blocks
 * (with signature) and redacted thinking, Gemini thought signatures.
 */
export type ReasoningDetail =
  | { type: 'thinking'; text: string; signature?: string }
  | { type: 'redacted_thinking'; data: string }
  | { type: 'thought_signature'; signature: string; tool_call_id?: string };

export interface SystemMessage {
  role: 'system' | 'developer';
  content: string | TextPart[];
  name?: string;
}

export interface UserMessage {
  role: 'user';
  content: string | ContentPart[];
  name?: string;
}

export interface AssistantMessage {
  role: 'assistant';
  content?: string | TextPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  /** stable-llm extension: the model's reasoning text from an earlier turn. */
  reasoning_content?: string | null;
  /** stable-llm extension: opaque reasoning blocks to send back unchanged. */
  reasoning_details?: ReasoningDetail[];
}

export interface ToolMessage {
  role: 'tool';
  tool_call_id: string;
  content: string | TextPart[];
}

export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

export interface FunctionDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments object. */
  parameters?: Record<string, unknown>;
  strict?: boolean;
}

export interface ToolDefinition {
  type: 'function';
  function: FunctionDefinition;
  cache_control?: CacheControl;
}

export type ToolChoice = 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: { name: string; description?: string; schema?: Record<string, unknown>; strict?: boolean };
    };

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';

export interface ChatRequest {
  /** Optional: the client's configured model is used when absent. */
  model?: string;
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: ResponseFormat;
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  stop?: string | string[];
  seed?: number;
  n?: number;
  presence_penalty?: number;
  frequency_penalty?: number;
  logit_bias?: Record<string, number>;
  user?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  reasoning_effort?: ReasoningEffort;
  /**
   * stable-llm extension: enable provider thinking with a token budget (Anthropic `thinking`,
   * Gemini `thinkingConfig`, DeepSeek/Qwen/Zhipu `thinking`/`enable_thinking`).
   */
  thinking?: { type: 'enabled' | 'disabled' | 'adaptive'; budget_tokens?: number };
  /**
   * stable-llm extension: raw fields merged into the outgoing provider body, keyed by backend or
   * protocol (`{ anthropic: { top_k: 5 }, qwen: { enable_search: true } }`).
   */
  provider_options?: Record<string, Record<string, unknown>>;
}

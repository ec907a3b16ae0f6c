import type { BackendType } from '../settings/backend-type.js';

/** Wire protocol an endpoint speaks; picks the adapter. */
export type Protocol = 'openai' | 'anthropic' | 'gemini' | 'azure_openai' | 'vertex_gemini' | 'vertex_anthropic' | 'bedrock';

/**
 * Declarative differences between OpenAI-compatible vendors. Adapters read these; vendors never
 * get their own copy of the converter.
 */
export interface ProviderQuirks {
  /** Models (by id regex source) that need `max_completion_tokens` instead of `max_tokens`. */
  maxCompletionTokensModels?: string;
  /** Always send `max_completion_tokens` (MiniMax, Moonshot). */
  alwaysMaxCompletionTokens?: boolean;
  /** Models that reject temperature/top_p/penalties (OpenAI reasoning models). */
  noSamplingModels?: string;
  /** Inclusive temperature range the vendor accepts; values outside are clamped with a warning. */
  temperatureRange?: [number, number];
  /** Field names carrying reasoning text on message/delta, checked in order. */
  reasoningFields?: string[];
  /** Content may carry `<think>…</think>` reasoning inline (MiniMax default, raw local models). */
  thinkTags?: boolean;
  /** How streaming usage is obtained. */
  streamUsage?: 'include_usage' | 'always' | 'x_groq';
  /** The vendor's tool_choice word for "must call a tool". */
  requiredToolChoice?: 'required' | 'any';
  /** Rename of `seed` (Mistral: random_seed). */
  seedField?: string;
  /** Request fields the vendor rejects; dropped with a warning. */
  unsupportedParams?: string[];
  /** Body-level error convention beyond `{error:{…}}`. */
  bodyErrorStyle?: 'minimax_base_resp' | 'siliconflow_code' | 'xai_flat';
  /** Send the key as `api-key` header instead of `Authorization: Bearer`. */
  apiKeyHeader?: string;
  /** Supports `response_format: json_schema`. */
  jsonSchema?: boolean;
  /** Send earlier turns' `reasoning_content` back (Moonshot tool loops); others strip it. */
  echoReasoningContent?: boolean;
  /** How the canonical `thinking` / `reasoning_effort` options are expressed on the wire. */
  thinkingStyle?: 'thinking_object' | 'enable_thinking' | 'reasoning_effort' | 'none';
  /** Vendor accepts `cache_control` on content parts (MiniMax); others get it stripped. */
  cacheControl?: boolean;
}

export interface ProviderPreset {
  backend: BackendType;
  /** Human name shown in UIs and errors. */
  label: string;
  protocol: Protocol;
  /** Default API base (chat path appended by the adapter). */
  baseURL: string;
  /** Alternate regional bases users can pick (documented, not auto-selected). */
  altBaseURLs?: Record<string, string>;
  /** Environment variables consulted for the key, in order. */
  keyEnv: string[];
  /** Some servers (local) need no key. */
  keyOptional?: boolean;
  quirks: ProviderQuirks;
  /** Models used when the user configures only a key: primary first, then lighter backups. */
  defaultModels: string[];
}

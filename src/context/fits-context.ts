import { builtinCatalog } from '../catalog/get-model-info.js';
import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ChatMessage, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
import { countMessageTokensSync } from '../tokens/count-message-tokens.js';
import { defaultMargin } from './default-max-tokens.js';

export interface FitsContextInput {
  promptTokens: number;
  /** Undefined (unknown window) always fits: the router must not skip a target on a guess. */
  contextLength: number | undefined;
  /** Tokens the answer needs (`max_tokens` of the request); default 0. */
  maxOutputTokens?: number;
  margin?: number;
}

/** Whether prompt + requested output + margin fits the window. Pure; no counting. */
export function fitsContext({ promptTokens, contextLength, maxOutputTokens = 0, margin = 0 }: FitsContextInput): boolean {
  if (contextLength === undefined) return true;
  return promptTokens + maxOutputTokens + margin <= contextLength;
}

export interface ContextCheckRequest {
  messages: readonly ChatMessage[];
  tools?: readonly ToolDefinition[];
  tool_choice?: ToolChoice;
  max_tokens?: number;
  max_completion_tokens?: number;
}

export interface ContextCheckTarget {
  model: string;
  backend?: BackendType | string;
  /** Overrides the catalog's window (settings `context_length`). */
  contextLength?: number;
  catalog?: ModelCatalog;
}

export interface ContextCheck {
  fits: boolean;
  promptTokens: number;
  contextLength: number | undefined;
  /** Counted with the heuristic (tokenizer not loaded or none shipped). */
  estimated: boolean;
}

/**
 * Context-window check for the router's fallback: synchronous (uses a loaded tokenizer or the
 * estimate, never waits), so it can run per candidate target on the hot path.
 */
export function requestFitsModel(request: ContextCheckRequest, target: ContextCheckTarget, margin?: number): ContextCheck {
  const catalog = target.catalog ?? builtinCatalog;
  // Without a backend, any vendor's entry for the model will do: only the window is needed.
  const contextLength = target.contextLength ?? catalog.get(target.backend ?? '', target.model)?.contextWindow;
  const counted = countMessageTokensSync(request.messages, target.model, { tools: request.tools, toolChoice: request.tool_choice });
  const maxOutputTokens = request.max_completion_tokens ?? request.max_tokens ?? 0;
  const fits = fitsContext({
    promptTokens: counted.total,
    contextLength,
    maxOutputTokens,
    margin: margin ?? (contextLength === undefined ? 0 : defaultMargin(contextLength, counted.estimated)),
  });
  return { fits, promptTokens: counted.total, contextLength, estimated: counted.estimated };
}

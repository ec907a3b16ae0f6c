import type { ChatMessage, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
import { CHAT_FRAMING, CLAUDE_TOOL_PROMPT_TOKENS, GENERIC_TOOL_BLOCK_OVERHEAD, QWEN_TOOL_PROMPT } from './chat-framing.js';
import { estimateTokens } from './estimate-tokens.js';
import { imageTokens } from './image-tokens.js';
import type { ImageDetail } from './openai-image-tokens.js';
import { renderToolsAsJson, renderToolsAsTypeScript } from './render-tool-schemas.js';
import { type TokenizerFamily, tokenizerFamilyFor } from './tokenizer-family.js';
import { getLoadedTokenizer, loadTokenizer } from './tokenizer-registry.js';

export interface MessageTokenOptions {
  /** Tool definitions sent with the request; their rendered schemas count as prompt tokens. */
  tools?: readonly ToolDefinition[];
  /** Forcing a tool changes the prompt slightly on OpenAI and Anthropic. */
  toolChoice?: ToolChoice;
}

export interface MessageTokenBreakdown {
  /** Prompt tokens of the whole request: messages + tools + per-request framing. */
  total: number;
  /** Tokens of each input message, framing and images included (same order as the input). */
  perMessage: number[];
  /** Tool schemas and the vendor's tool instructions. */
  tools: number;
  /** Image tokens (already included in `perMessage`). */
  images: number;
  /** Per-request framing (reply priming, BOS, tool_choice). */
  overhead: number;
  family: TokenizerFamily;
  /** True when some text was counted with the heuristic rather than a tokenizer. */
  estimated: boolean;
}

type Count = (text: string) => number;

/** Prompt tokens of a chat request (vv-llm `get_message_token_counts`); loads the tokenizer on first use. */
export async function getMessageTokenCounts(
  messages: readonly ChatMessage[],
  model: string,
  options: MessageTokenOptions = {},
): Promise<number> {
  return (await countMessageTokens(messages, model, options)).total;
}

/** Detailed async count: per-message tokens, tools, images. */
export async function countMessageTokens(
  messages: readonly ChatMessage[],
  model: string,
  options: MessageTokenOptions = {},
): Promise<MessageTokenBreakdown> {
  const family = tokenizerFamilyFor(model);
  if (family === 'estimate') return measureMessages(messages, model, family, estimateTokens, true, options);
  const tokenizer = await loadTokenizer(family);
  return measureMessages(messages, model, family, tokenizer.count, false, options);
}

/** Detailed sync count: exact if the tokenizer is loaded, else estimated (`estimated: true`). */
export function countMessageTokensSync(
  messages: readonly ChatMessage[],
  model: string,
  options: MessageTokenOptions = {},
): MessageTokenBreakdown {
  const family = tokenizerFamilyFor(model);
  const tokenizer = getLoadedTokenizer(family);
  if (tokenizer) return measureMessages(messages, model, family, tokenizer.count, false, options);
  return measureMessages(messages, model, family, estimateTokens, true, options);
}

/**
 * The counting core: pure and synchronous given a `count` function, so the context fitter can
 * re-measure candidate message lists cheaply.
 */
export function measureMessages(
  messages: readonly ChatMessage[],
  model: string,
  family: TokenizerFamily,
  count: Count,
  estimated: boolean,
  options: MessageTokenOptions = {},
): MessageTokenBreakdown {
  const framing = CHAT_FRAMING[family];
  const tools = options.tools ?? [];
  const openAIStyle = family === 'o200k' || family === 'cl100k';
  let padSystem = openAIStyle && tools.length > 0;
  let images = 0;

  const perMessage = messages.map((message) => {
    let tokens = framing.perMessage;
    if (framing.countsRole) tokens += count(message.role);
    const parts = contentParts(message);
    for (const [i, part] of parts.entries()) {
      if (part.kind === 'image') {
        const t = imageTokens({ url: part.url, detail: part.detail }, model, family);
        images += t;
        tokens += t;
        continue;
      }
      let text = part.text;
      // OpenAI appends a newline to the first system message when functions are defined
      // (observed by hmarr/openai-chat-tokens against real prompt_tokens).
      if (padSystem && message.role === 'system' && i === parts.length - 1) {
        if (text && !text.endsWith('\n')) text += '\n';
        padSystem = false;
      }
      tokens += count(text);
    }
    if (padSystem && message.role === 'system') padSystem = false;
    if ('name' in message && message.name) tokens += count(message.name) + framing.perName;
    if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) {
        tokens += count(call.function.name) + count(call.function.arguments ?? '') + framing.perToolCall;
      }
      // Thinking blocks travel back only to Anthropic (signed); other adapters drop them.
      if (family === 'claude') {
        for (const detail of message.reasoning_details ?? []) {
          if (detail.type === 'thinking') tokens += count(detail.text);
        }
      }
    }
    return tokens;
  });

  const toolTokens = countTools(tools, family, count, messages, options.toolChoice);
  let overhead = framing.perRequest;
  if (openAIStyle && options.toolChoice !== undefined) {
    if (options.toolChoice === 'none') overhead += 1;
    else if (typeof options.toolChoice === 'object') overhead += count(options.toolChoice.function.name) + 4;
  }
  const total = perMessage.reduce((a, b) => a + b, 0) + toolTokens + overhead;
  return { total, perMessage, tools: toolTokens, images, overhead, family, estimated };
}

function countTools(
  tools: readonly ToolDefinition[],
  family: TokenizerFamily,
  count: Count,
  messages: readonly ChatMessage[],
  toolChoice: ToolChoice | undefined,
): number {
  if (tools.length === 0) return 0;
  switch (family) {
    case 'o200k':
    case 'cl100k': {
      // +9 for the tools header; −4 when a system message already opened the system block.
      const hasSystem = messages.some((m) => m.role === 'system');
      return count(renderToolsAsTypeScript(tools)) + 9 - (hasSystem ? 4 : 0);
    }
    case 'claude': {
      const forced = toolChoice === 'required' || typeof toolChoice === 'object';
      return count(renderToolsAsJson(tools)) + (forced ? CLAUDE_TOOL_PROMPT_TOKENS.forced : CLAUDE_TOOL_PROMPT_TOKENS.auto);
    }
    case 'qwen3':
      return count(QWEN_TOOL_PROMPT) + count(renderToolsAsJson(tools));
    default:
      return count(renderToolsAsJson(tools)) + GENERIC_TOOL_BLOCK_OVERHEAD;
  }
}

type Part = { kind: 'text'; text: string } | { kind: 'image'; url?: string; detail?: ImageDetail };

/** Text and image pieces of a message, tolerant of loosely-typed input (strings inside arrays). */
function contentParts(message: ChatMessage): Part[] {
  const content: unknown = message.content;
  if (typeof content === 'string') return [{ kind: 'text', text: content }];
  if (!Array.isArray(content)) return [];
  const parts: Part[] = [];
  for (const item of content as unknown[]) {
    if (typeof item === 'string') parts.push({ kind: 'text', text: item });
    else if (typeof item === 'object' && item !== null) {
      const p = item as { type?: unknown; text?: unknown; image_url?: unknown };
      if (p.type === 'text' && typeof p.text === 'string') parts.push({ kind: 'text', text: p.text });
      else if (p.type === 'image_url') {
        const ref = p.image_url;
        if (typeof ref === 'string') parts.push({ kind: 'image', url: ref });
        else if (typeof ref === 'object' && ref !== null) {
          const r = ref as { url?: unknown; detail?: unknown };
          parts.push({
            kind: 'image',
            url: typeof r.url === 'string' ? r.url : undefined,
            detail: r.detail === 'low' || r.detail === 'high' || r.detail === 'auto' ? r.detail : undefined,
          });
        }
      }
    }
  }
  return parts;
}

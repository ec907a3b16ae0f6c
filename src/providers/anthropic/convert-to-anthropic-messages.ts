import type { AssistantMessage, CacheControl, ChatMessage, ContentPart, ImagePart, TextPart } from '../../spec/chat-request.js';
import { createInvalidRequestError } from '../shared/create-invalid-request-error.js';
import { isRecord } from '../shared/is-record.js';
import { parseDataUrl } from '../shared/parse-data-url.js';
import type {
  AnthropicAssistantBlock,
  AnthropicCacheControl,
  AnthropicDocumentBlock,
  AnthropicImageBlock,
  AnthropicImageMediaType,
  AnthropicMessage,
  AnthropicTextBlock,
  AnthropicUserBlock,
} from './anthropic-wire-types.js';

export interface ConvertToAnthropicMessagesOptions {
  /** Backend name for errors. */
  provider: string;
  /**
   * Whether http(s) image URLs may be sent as `url` sources. Anthropic's own API fetches them;
   * Anthropic on Vertex does not (the client inlines them first), so a leftover URL is an error.
   */
  allowImageUrls?: boolean;
}

export interface AnthropicPrompt {
  /** Every system/developer message, hoisted in order (Anthropic has no system role in `messages`). */
  system: AnthropicTextBlock[];
  messages: AnthropicMessage[];
  warnings: string[];
}

/**
 * Used when the conversation has no user turn to start with: the API rejects a first message
 * that is not `user`, and empty text blocks, so the shortest neutral text stands in.
 */
export const PLACEHOLDER_USER_TEXT = '.';

const IMAGE_MEDIA_TYPES: Record<string, AnthropicImageMediaType> = {
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/png': 'image/png',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
};

/**
 * Canonical messages → Anthropic `system` + strictly alternating `messages` starting with `user`:
 * - consecutive same-role turns are merged; tool messages become `tool_result` blocks in a user
 *   turn, and within a user turn tool results are moved before any text (the API requires them
 *   first);
 * - a conversation that starts with the assistant gets a placeholder user turn (with a warning);
 * - assistant thinking / redacted thinking from `reasoning_details` goes first, unchanged, so
 *   signatures verify; unsigned reasoning (`reasoning_content`, other providers' details) cannot be
 *   verified by Anthropic and is not sent;
 * - trailing whitespace is trimmed from a final assistant (prefill) turn, which the API rejects.
 */
export function convertToAnthropicMessages(messages: readonly ChatMessage[], options: ConvertToAnthropicMessagesOptions): AnthropicPrompt {
  const { provider } = options;
  const allowImageUrls = options.allowImageUrls ?? true;
  const system: AnthropicTextBlock[] = [];
  const turns: AnthropicMessage[] = [];
  const warnings: string[] = [];

  const pushUser = (blocks: AnthropicUserBlock[]): void => {
    const last = turns.at(-1);
    if (last?.role === 'user') last.content.push(...blocks);
    else turns.push({ role: 'user', content: blocks });
  };
  const pushAssistant = (blocks: AnthropicAssistantBlock[]): void => {
    const last = turns.at(-1);
    if (last?.role === 'assistant') last.content.push(...blocks);
    else turns.push({ role: 'assistant', content: blocks });
  };

  messages.forEach((message, i) => {
    const path = `messages[${i}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...textBlocks(message.content));
        break;
      case 'user': {
        const blocks = userBlocks(message.content, path, provider, allowImageUrls);
        if (blocks.length === 0) warnings.push(`${path}: empty user message skipped`);
        else pushUser(blocks);
        break;
      }
      case 'tool': {
        const content = typeof message.content === 'string' ? message.content : textBlocks(message.content);
        pushUser([
          {
            type: 'tool_result',
            tool_use_id: message.tool_call_id,
            ...(content.length > 0 ? { content } : {}),
          },
        ]);
        break;
      }
      case 'assistant': {
        const blocks = assistantBlocks(message, path, provider);
        if (blocks.length > 0) pushAssistant(blocks);
        break;
      }
      default:
        throw createInvalidRequestError(provider, `${path}.role: unsupported role "${String((message as { role?: unknown }).role)}"`);
    }
  });

  for (const turn of turns) {
    if (turn.role === 'user') turn.content = toolResultsFirst(turn.content);
  }
  trimFinalAssistant(turns);

  if (turns[0]?.role !== 'user') {
    turns.unshift({ role: 'user', content: [{ type: 'text', text: PLACEHOLDER_USER_TEXT }] });
    warnings.push(
      turns.length === 1
        ? 'messages: no user or assistant message; a placeholder user turn was sent'
        : 'messages: conversation starts with an assistant turn; a placeholder user turn was inserted',
    );
  }
  return { system, messages: turns, warnings };
}

function cacheControl(value: CacheControl | undefined): { cache_control?: AnthropicCacheControl } {
  if (!value) return {};
  return { cache_control: value.ttl ? { type: 'ephemeral', ttl: value.ttl } : { type: 'ephemeral' } };
}

/** Empty text blocks are rejected by the API, so they are dropped rather than sent. */
function textBlocks(content: string | readonly TextPart[]): AnthropicTextBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  const blocks: AnthropicTextBlock[] = [];
  for (const part of content) {
    if (part.text === '') continue;
    blocks.push({ type: 'text', text: part.text, ...cacheControl(part.cache_control) });
  }
  return blocks;
}

function userBlocks(
  content: string | readonly ContentPart[],
  path: string,
  provider: string,
  allowImageUrls: boolean,
): AnthropicUserBlock[] {
  if (typeof content === 'string') return textBlocks(content);
  const blocks: AnthropicUserBlock[] = [];
  content.forEach((part, j) => {
    if (part.type === 'text') blocks.push(...textBlocks([part]));
    else if (part.type === 'image_url') blocks.push(imageBlock(part, `${path}.content[${j}]`, provider, allowImageUrls));
    else {
      throw createInvalidRequestError(
        provider,
        `${path}.content[${j}].type: unsupported content part "${String((part as { type?: unknown }).type)}"`,
      );
    }
  });
  return blocks;
}

function imageBlock(
  part: ImagePart,
  path: string,
  provider: string,
  allowImageUrls: boolean,
): AnthropicImageBlock | AnthropicDocumentBlock {
  const url = part.image_url.url;
  const dataUrl = parseDataUrl(url);
  if (dataUrl) {
    const mediaType = IMAGE_MEDIA_TYPES[dataUrl.mediaType];
    if (mediaType) {
      return { type: 'image', source: { type: 'base64', media_type: mediaType, data: dataUrl.data }, ...cacheControl(part.cache_control) };
    }
    // PDFs are the one non-image type the Messages API reads natively, so pass them as documents.
    if (dataUrl.mediaType === 'application/pdf') {
      return {
        type: 'document',
        source: { type: 'base64', media_type: 'application/pdf', data: dataUrl.data },
        ...cacheControl(part.cache_control),
      };
    }
    throw createInvalidRequestError(
      provider,
      `${path}.image_url.url: unsupported media type "${dataUrl.mediaType}" (Anthropic accepts image/jpeg, image/png, image/gif, image/webp, application/pdf)`,
    );
  }
  if (/^https?:\/\//i.test(url)) {
    if (!allowImageUrls) {
      throw createInvalidRequestError(provider, `${path}.image_url.url: this endpoint needs images inlined as base64 data URLs`);
    }
    return { type: 'image', source: { type: 'url', url }, ...cacheControl(part.cache_control) };
  }
  throw createInvalidRequestError(provider, `${path}.image_url.url: expected an http(s) URL or a base64 data URL`);
}

function assistantBlocks(message: AssistantMessage, path: string, provider: string): AnthropicAssistantBlock[] {
  const blocks: AnthropicAssistantBlock[] = [];
  for (const detail of message.reasoning_details ?? []) {
    if (detail.type === 'thinking' && detail.signature) {
      blocks.push({ type: 'thinking', thinking: detail.text, signature: detail.signature });
    } else if (detail.type === 'redacted_thinking') {
      blocks.push({ type: 'redacted_thinking', data: detail.data });
    }
  }
  if (message.content) blocks.push(...textBlocks(message.content));
  (message.tool_calls ?? []).forEach((call, j) => {
    blocks.push({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: parseToolArguments(call.function.arguments, `${path}.tool_calls[${j}].function.arguments`, provider),
    });
  });
  return blocks;
}

function parseToolArguments(raw: string, path: string, provider: string): Record<string, unknown> {
  // Some clients send "" for argument-less calls; the API wants an object either way.
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw createInvalidRequestError(provider, `${path}: tool call arguments are not valid JSON`);
  }
  if (!isRecord(parsed)) throw createInvalidRequestError(provider, `${path}: tool call arguments must be a JSON object`);
  return parsed;
}

function toolResultsFirst(blocks: AnthropicUserBlock[]): AnthropicUserBlock[] {
  const results = blocks.filter((b) => b.type === 'tool_result');
  if (results.length === 0 || results.length === blocks.length) return blocks;
  return [...results, ...blocks.filter((b) => b.type !== 'tool_result')];
}

function trimFinalAssistant(turns: AnthropicMessage[]): void {
  const last = turns.at(-1);
  if (last?.role !== 'assistant') return;
  const block = last.content.at(-1);
  if (block?.type !== 'text') return;
  block.text = block.text.trimEnd();
  if (block.text === '') last.content.pop();
  if (last.content.length === 0) turns.pop();
}

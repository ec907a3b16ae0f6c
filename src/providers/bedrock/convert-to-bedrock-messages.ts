import type { AssistantMessage, CacheControl, ChatMessage, ContentPart, ImagePart, TextPart } from '../../spec/chat-request.js';
import { isRecord } from '../classify/json-guards.js';
import type {
  BedrockContentBlock,
  BedrockDocumentFormat,
  BedrockImageFormat,
  BedrockMessage,
  BedrockSystemBlock,
} from './bedrock-wire-types.js';
import { invalidRequest } from './invalid-request.js';

export interface BedrockPrompt {
  system: BedrockSystemBlock[];
  messages: BedrockMessage[];
  warnings: string[];
  /** The history holds toolUse/toolResult blocks (Bedrock then requires a toolConfig). */
  usesTools: boolean;
}

/** Stands in for a missing first user turn and for empty tool results (Bedrock rejects blank text). */
const PLACEHOLDER = '.';
const EMPTY_TOOL_RESULT = '(empty)';

const IMAGE_FORMATS: Record<string, BedrockImageFormat> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const DOCUMENT_FORMATS: Record<string, BedrockDocumentFormat> = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)(?:;[\w-]+=[^;,]*)*;base64,/i;

/**
 * Bedrock `toolUseId` must match `[a-zA-Z0-9_-]+` (≤ 64). Ids from other providers can carry other
 * characters; the same mapping is applied to calls and results so pairs still match.
 */
export function toBedrockToolId(id: string): string {
  const clean = id.replace(/[^a-zA-Z0-9_-]/g, '_');
  return (clean === '' ? 'tool' : clean).slice(0, 64);
}

/**
 * Canonical messages → Converse `system` + `messages`: system/developer text is hoisted; turns
 * alternate user/assistant starting with user (same-role turns merged, tool results carried in a
 * user turn ahead of its text); `cache_control` becomes a `cachePoint` after the block;
 * reasoning with a signature (Claude thinking) and redacted reasoning round-trip as
 * `reasoningContent`, unsigned reasoning is not sent (it cannot be verified).
 */
export function convertToBedrockMessages(messages: readonly ChatMessage[], provider: string): BedrockPrompt {
  const system: BedrockSystemBlock[] = [];
  const turns: BedrockMessage[] = [];
  const warnings: string[] = [];
  let usesTools = false;

  const push = (role: BedrockMessage['role'], blocks: BedrockContentBlock[]) => {
    const last = turns.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };

  messages.forEach((message, i) => {
    const path = `messages[${i}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...textBlocks(message.content));
        break;
      case 'user': {
        const blocks = userBlocks(message.content, path, provider);
        if (blocks.length === 0) warnings.push(`${path}: empty user message skipped`);
        else push('user', blocks);
        break;
      }
      case 'tool': {
        usesTools = true;
        const text = typeof message.content === 'string' ? message.content : message.content.map((p) => p.text).join('\n');
        push('user', [
          { toolResult: { toolUseId: toBedrockToolId(message.tool_call_id), content: [{ text: text === '' ? EMPTY_TOOL_RESULT : text }] } },
        ]);
        break;
      }
      case 'assistant': {
        const blocks = assistantBlocks(message, path, provider);
        if ((message.tool_calls?.length ?? 0) > 0) usesTools = true;
        if (blocks.length > 0) push('assistant', blocks);
        break;
      }
      default:
        throw invalidRequest(provider, `${path}.role: unsupported role "${String((message as { role?: unknown }).role)}"`);
    }
  });

  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    const results = turn.content.filter((b) => 'toolResult' in b);
    if (results.length > 0 && results.length < turn.content.length) {
      turn.content = [...results, ...turn.content.filter((b) => !('toolResult' in b))];
    }
  }
  trimFinalAssistant(turns);
  if (turns[0]?.role !== 'user') {
    turns.unshift({ role: 'user', content: [{ text: PLACEHOLDER }] });
    warnings.push('messages: conversation does not start with a user turn; a placeholder user turn was inserted');
  }
  return { system, messages: turns, warnings, usesTools };
}

function cachePoint(cache: CacheControl | undefined): BedrockContentBlock[] {
  return cache ? [{ cachePoint: { type: 'default' } }] : [];
}

function textBlocks(content: string | readonly TextPart[]): ({ text: string } | { cachePoint: { type: 'default' } })[] {
  if (typeof content === 'string') return content === '' ? [] : [{ text: content }];
  const out: ({ text: string } | { cachePoint: { type: 'default' } })[] = [];
  for (const part of content) {
    if (part.text !== '') out.push({ text: part.text });
    if (part.cache_control) out.push({ cachePoint: { type: 'default' } });
  }
  return out;
}

function userBlocks(content: string | readonly ContentPart[], path: string, provider: string): BedrockContentBlock[] {
  if (typeof content === 'string') return textBlocks(content);
  const out: BedrockContentBlock[] = [];
  let documents = 0;
  content.forEach((part, j) => {
    if (part.type === 'text') out.push(...textBlocks([part]));
    else if (part.type === 'image_url') {
      out.push(
        mediaBlock(part, `${path}.content[${j}]`, provider, () => ++documents),
        ...cachePoint(part.cache_control),
      );
    } else {
      throw invalidRequest(provider, `${path}.content[${j}].type: unsupported content part "${String((part as { type?: unknown }).type)}"`);
    }
  });
  return out;
}

function mediaBlock(part: ImagePart, path: string, provider: string, nextDocument: () => number): BedrockContentBlock {
  const url = part.image_url.url;
  const m = DATA_URL.exec(url);
  if (m) {
    const mime = m[1].toLowerCase();
    const bytes = url.slice(m[0].length);
    const image = IMAGE_FORMATS[mime];
    if (image) return { image: { format: image, source: { bytes } } };
    const doc = DOCUMENT_FORMATS[mime];
    // Document names must be unique within a request and use a restricted character set.
    if (doc) return { document: { format: doc, name: `document-${nextDocument()}`, source: { bytes } } };
    throw invalidRequest(
      provider,
      `${path}.image_url.url: unsupported media type "${mime}" (Bedrock accepts png, jpeg, gif, webp images and pdf/csv/txt/html/md/doc(x)/xls(x) documents)`,
    );
  }
  if (/^s3:\/\//i.test(url)) {
    // Images already in S3 are read by Bedrock itself (Nova models); the format comes from the extension.
    const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase();
    const format = ext === 'jpg' ? 'jpeg' : ext;
    if (format === 'png' || format === 'jpeg' || format === 'gif' || format === 'webp') {
      return { image: { format, source: { s3Location: { uri: url } } } };
    }
    throw invalidRequest(provider, `${path}.image_url.url: cannot tell the image format of ${url} (use a .png/.jpg/.gif/.webp key)`);
  }
  if (/^https?:\/\//i.test(url)) {
    throw invalidRequest(provider, `${path}.image_url.url: Bedrock cannot fetch image URLs; images must be inlined as base64 data URLs`);
  }
  throw invalidRequest(provider, `${path}.image_url.url: expected a base64 data URL or an s3:// URL`);
}

function assistantBlocks(message: AssistantMessage, path: string, provider: string): BedrockContentBlock[] {
  const out: BedrockContentBlock[] = [];
  for (const detail of message.reasoning_details ?? []) {
    if (detail.type === 'thinking' && detail.signature) {
      out.push({ reasoningContent: { reasoningText: { text: detail.text, signature: detail.signature } } });
    } else if (detail.type === 'redacted_thinking') {
      out.push({ reasoningContent: { redactedContent: detail.data } });
    }
  }
  if (message.content) out.push(...textBlocks(message.content));
  (message.tool_calls ?? []).forEach((call, j) => {
    out.push({
      toolUse: {
        toolUseId: toBedrockToolId(call.id),
        name: call.function.name,
        input: parseArguments(call.function.arguments, `${path}.tool_calls[${j}].function.arguments`, provider),
      },
    });
  });
  return out;
}

function parseArguments(raw: string, path: string, provider: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidRequest(provider, `${path}: tool call arguments are not valid JSON`);
  }
  if (!isRecord(parsed)) throw invalidRequest(provider, `${path}: tool call arguments must be a JSON object`);
  return parsed;
}

/** A final assistant turn is a prefill; trailing whitespace there is rejected by Claude models. */
function trimFinalAssistant(turns: BedrockMessage[]): void {
  const last = turns.at(-1);
  if (last?.role !== 'assistant') return;
  const block = last.content.at(-1);
  if (!block || !('text' in block)) return;
  block.text = block.text.trimEnd();
  if (block.text === '') last.content.pop();
  if (last.content.length === 0) turns.pop();
}

import type { AssistantMessage, ChatMessage, ContentPart, TextPart } from '../../spec/chat-request.js';
import { createInvalidRequestError } from '../shared/create-invalid-request-error.js';
import { isRecord } from '../shared/is-record.js';
import { parseDataUrl } from '../shared/parse-data-url.js';
import { geminiModelFamily } from './gemini-model-family.js';
import type { GeminiContent, GeminiPart } from './gemini-wire-types.js';

export interface ConvertToGeminiContentsOptions {
  /** Backend name for errors. */
  provider: string;
  /** Upstream model id: Gemini 3+ needs signed function calls in the history. */
  model: string;
}

export interface GeminiPrompt {
  systemInstruction?: { parts: { text: string }[] };
  contents: GeminiContent[];
  warnings: string[];
}

/** Stands in for a missing first user turn; Gemini wants the conversation to open with the user. */
export const PLACEHOLDER_USER_TEXT = '.';

/**
 * Documented sentinel that tells Gemini 3+ to skip thought-signature validation for a function
 * call it did not produce (history written by another provider after a failover).
 */
export const SKIP_THOUGHT_SIGNATURE = 'skip_thought_signature_validator';

/**
 * Canonical messages → Gemini `systemInstruction` + `contents`:
 * - system/developer text goes to `systemInstruction`; assistant turns become role `model`;
 *   consecutive same-role contents merge (so parallel tool results form one user turn);
 * - images must already be base64 data URLs (`requiresInlineImages`): the client downloads http(s)
 *   URLs first, so one reaching here is an error;
 * - tool results become `functionResponse` parts. Gemini matches them by function name, which the
 *   OpenAI shape does not repeat, so the name comes from the latest earlier assistant tool call with
 *   that id. The payload is `{ result: <the tool output parsed as JSON, or the text as is> }`:
 *   `response` must be an object, and `result` is the key Google's own agent kit uses to wrap
 *   plain return values;
 * - thought signatures from `reasoning_details` go back on the part they came from: on the
 *   function call with the same id, otherwise on the last text part. Gemini 3+ function calls with
 *   no signature get the skip sentinel;
 * - `reasoning_content` is not sent back: Gemini needs only the signatures.
 */
export function convertToGeminiContents(messages: readonly ChatMessage[], options: ConvertToGeminiContentsOptions): GeminiPrompt {
  const { provider } = options;
  const family = geminiModelFamily(options.model);
  const needsSignedCalls = family.gemini && !family.legacy;
  const systemParts: { text: string }[] = [];
  const contents: GeminiContent[] = [];
  const warnings: string[] = [];
  const toolNames = new Map<string, string>();

  const push = (role: GeminiContent['role'], parts: GeminiPart[]): void => {
    if (parts.length === 0) return;
    const last = contents.at(-1);
    if (last?.role === role) last.parts.push(...parts);
    else contents.push({ role, parts });
  };

  messages.forEach((message, i) => {
    const path = `messages[${i}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        for (const text of texts(message.content)) systemParts.push({ text });
        break;
      case 'user': {
        const parts = userParts(message.content, path, provider);
        if (parts.length === 0) warnings.push(`${path}: empty user message skipped`);
        push('user', parts);
        break;
      }
      case 'assistant':
        push('model', modelParts(message, path, provider, toolNames, needsSignedCalls));
        break;
      case 'tool': {
        const name = toolNames.get(message.tool_call_id);
        if (name === undefined) {
          throw createInvalidRequestError(
            provider,
            `${path}.tool_call_id: no earlier assistant tool call has id "${message.tool_call_id}" (Gemini needs the function name)`,
          );
        }
        const output = texts(message.content).join('');
        push('user', [{ functionResponse: { name, response: { result: parseToolOutput(output) } } }]);
        break;
      }
      default:
        throw createInvalidRequestError(provider, `${path}.role: unsupported role "${String((message as { role?: unknown }).role)}"`);
    }
  });

  if (contents[0]?.role !== 'user') {
    contents.unshift({ role: 'user', parts: [{ text: PLACEHOLDER_USER_TEXT }] });
    warnings.push(
      contents.length === 1
        ? 'messages: no user or assistant message; a placeholder user turn was sent'
        : 'messages: conversation starts with an assistant turn; a placeholder user turn was inserted',
    );
  }
  return { ...(systemParts.length > 0 ? { systemInstruction: { parts: systemParts } } : {}), contents, warnings };
}

/** Non-empty texts; Gemini rejects parts with empty text. */
function texts(content: string | readonly TextPart[] | null | undefined): string[] {
  if (content == null) return [];
  if (typeof content === 'string') return content === '' ? [] : [content];
  return content.map((p) => p.text).filter((t) => t !== '');
}

function userParts(content: string | readonly ContentPart[], path: string, provider: string): GeminiPart[] {
  if (typeof content === 'string') return texts(content).map((text) => ({ text }));
  const parts: GeminiPart[] = [];
  content.forEach((part, j) => {
    const partPath = `${path}.content[${j}]`;
    if (part.type === 'text') {
      if (part.text !== '') parts.push({ text: part.text });
    } else if (part.type === 'image_url') {
      const dataUrl = parseDataUrl(part.image_url.url);
      if (!dataUrl) {
        throw createInvalidRequestError(
          provider,
          /^https?:\/\//i.test(part.image_url.url)
            ? `${partPath}.image_url.url: Gemini needs images inlined as base64 data URLs (http(s) URLs are downloaded by the client before this point)`
            : `${partPath}.image_url.url: expected a base64 data URL`,
        );
      }
      parts.push({ inlineData: { mimeType: dataUrl.mediaType, data: dataUrl.data } });
    } else {
      throw createInvalidRequestError(
        provider,
        `${partPath}.type: unsupported content part "${String((part as { type?: unknown }).type)}"`,
      );
    }
  });
  return parts;
}

function modelParts(
  message: AssistantMessage,
  path: string,
  provider: string,
  toolNames: Map<string, string>,
  needsSignedCalls: boolean,
): GeminiPart[] {
  const textParts: GeminiPart[] = texts(message.content).map((text) => ({ text }));
  const callParts = new Map<string, GeminiPart>();
  const calls: GeminiPart[] = (message.tool_calls ?? []).map((call, j) => {
    toolNames.set(call.id, call.function.name);
    const part: GeminiPart = {
      functionCall: {
        name: call.function.name,
        args: parseToolArguments(call.function.arguments, `${path}.tool_calls[${j}].function.arguments`, provider),
      },
    };
    callParts.set(call.id, part);
    return part;
  });

  let looseSignature: string | undefined;
  for (const detail of message.reasoning_details ?? []) {
    if (detail.type !== 'thought_signature') continue;
    const target = detail.tool_call_id === undefined ? undefined : callParts.get(detail.tool_call_id);
    if (target) target.thoughtSignature = detail.signature;
    else looseSignature = detail.signature;
  }
  if (looseSignature !== undefined) {
    // Gemini puts a non-call signature on the last part of its answer; we keep only the text, so
    // the last text part is where it goes back (or the first unsigned call when there is none).
    const target = textParts.at(-1) ?? calls.find((p) => p.thoughtSignature === undefined);
    if (target) target.thoughtSignature = looseSignature;
  }
  if (needsSignedCalls && calls[0] && calls[0].thoughtSignature === undefined) calls[0].thoughtSignature = SKIP_THOUGHT_SIGNATURE;
  return [...textParts, ...calls];
}

function parseToolArguments(raw: string, path: string, provider: string): Record<string, unknown> {
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

function parseToolOutput(output: string): unknown {
  const trimmed = output.trim();
  // Only objects/arrays are worth parsing; "42" or "true" read the same as text.
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return output;
  try {
    return JSON.parse(trimmed);
  } catch {
    return output;
  }
}

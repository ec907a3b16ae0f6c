import type { AssistantMessage, ChatMessage, ContentPart, ImagePart, TextPart, ToolMessage } from '../spec/chat-request.js';

/**
 * Normalises multimodal and tool messages (vv-llm `format_messages`, in the canonical OpenAI
 * shape): clients send content as strings, part arrays, bare strings inside arrays, `image_url` as a
 * plain string, empty parts and empty turns. Adapters and token counting want one shape.
 */
export interface FormatMessagesOptions {
  /**
   * The target accepts images. When false, each image becomes a text placeholder
   * `Image<image_url: …>` (vv-llm convention) so the model at least knows one was there.
   * Default true.
   */
  nativeMultimodal?: boolean;
  /**
   * The target supports native tool calling. When false, tool calls and tool results are written
   * into the conversation as text (vv-llm convention): assistant `Tool calls: [...]`, and a user
   * message `Tool<tool_call_id: …> Call result: …` for each result. Default true.
   */
  functionCallAvailable?: boolean;
  /**
   * Content shape. `auto` (default): text-only part lists collapse to a string (unless a part
   * carries `cache_control`, which only parts can hold), anything with images stays a part list.
   * `string`: collapse whenever there are no images. `parts`: always a part list.
   */
  content?: 'auto' | 'string' | 'parts';
  /**
   * Merge consecutive messages with the same role and name (Anthropic and some Chinese vendors
   * require alternating turns). Tool results are never merged. Default false.
   */
  mergeConsecutive?: boolean;
  /**
   * Drop messages with no text, no image and no tool call. Tool results are kept even when empty:
   * dropping one would leave its tool call unanswered. Default true.
   */
  dropEmpty?: boolean;
}

/** Data URLs can be megabytes; a placeholder only needs to say what was there. */
function describeImageUrl(url: string): string {
  if (!url.startsWith('data:')) return url;
  const comma = url.indexOf(',');
  const header = comma >= 0 ? url.slice(0, comma) : url.slice(0, 32);
  const kb = ((comma >= 0 ? url.length - comma - 1 : url.length) * 0.75) / 1024;
  return `${header},…(${kb.toFixed(1)} KB)`;
}

function normaliseParts(content: unknown, nativeMultimodal: boolean): ContentPart[] {
  if (typeof content === 'string') return content ? [{ type: 'text', text: content }] : [];
  if (!Array.isArray(content)) return [];
  const parts: ContentPart[] = [];
  for (const item of content as unknown[]) {
    if (typeof item === 'string') {
      if (item) parts.push({ type: 'text', text: item });
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const p = item as Partial<TextPart> & { type?: unknown; image_url?: unknown };
    if (p.type === 'text') {
      const text = typeof p.text === 'string' ? p.text : '';
      // An empty part only matters when it carries a cache breakpoint.
      if (text || p.cache_control)
        parts.push(p.cache_control ? { type: 'text', text, cache_control: p.cache_control } : { type: 'text', text });
      continue;
    }
    if (p.type === 'image_url') {
      const ref = p.image_url;
      const url = typeof ref === 'string' ? ref : typeof ref === 'object' && ref !== null ? (ref as { url?: unknown }).url : undefined;
      if (typeof url !== 'string' || !url) continue;
      if (!nativeMultimodal) {
        parts.push({ type: 'text', text: `Image<image_url: ${describeImageUrl(url)}>` });
        continue;
      }
      const detail = typeof ref === 'object' && ref !== null ? (ref as { detail?: unknown }).detail : undefined;
      const image: ImagePart = {
        type: 'image_url',
        image_url: detail === 'low' || detail === 'high' || detail === 'auto' ? { url, detail } : { url },
      };
      if (p.cache_control) image.cache_control = p.cache_control;
      parts.push(image);
    }
    // Unknown part types (audio, files) are left out: no canonical shape to carry them.
  }
  return parts;
}

function isBlank(parts: readonly ContentPart[]): boolean {
  return parts.every((p) => p.type === 'text' && !p.text.trim() && !p.cache_control);
}

function shape(parts: ContentPart[], mode: 'auto' | 'string' | 'parts'): string | ContentPart[] {
  if (mode === 'parts') return parts;
  const textOnly = parts.every((p): p is TextPart => p.type === 'text');
  if (!textOnly) return parts;
  if (mode === 'auto' && parts.some((p) => p.cache_control)) return parts;
  return parts.map((p) => (p as TextPart).text).join('\n');
}

interface Working {
  message: ChatMessage;
  parts: ContentPart[];
}

export function formatMessages(messages: readonly ChatMessage[], options: FormatMessagesOptions = {}): ChatMessage[] {
  const nativeMultimodal = options.nativeMultimodal ?? true;
  const functionCalls = options.functionCallAvailable ?? true;
  const dropEmpty = options.dropEmpty ?? true;
  const mode = options.content ?? 'auto';

  let work: Working[] = messages.map((m) => ({ message: m, parts: normaliseParts(m.content, nativeMultimodal) }));

  if (!functionCalls) work = work.map(textualiseTools);

  if (dropEmpty) {
    work = work.filter(({ message, parts }) => {
      if (message.role === 'tool') return true;
      if (message.role === 'assistant' && message.tool_calls?.length) return true;
      return !isBlank(parts);
    });
  }

  if (options.mergeConsecutive) work = mergeRuns(work);

  return work.map(({ message, parts }) => rebuild(message, parts, mode));
}

/** vv-llm's text rendering of tool traffic for models without native tool calling. */
function textualiseTools(w: Working): Working {
  const { message, parts } = w;
  if (message.role === 'tool') {
    const result = parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
    return {
      message: { role: 'user', content: '' },
      parts: [{ type: 'text', text: `Tool<tool_call_id: ${message.tool_call_id}> Call result: ${result}` }],
    };
  }
  if (message.role === 'assistant' && message.tool_calls?.length) {
    const { tool_calls, ...rest } = message;
    return { message: rest, parts: [...parts, { type: 'text', text: `Tool calls: ${JSON.stringify(tool_calls)}` }] };
  }
  return w;
}

function mergeKey(m: ChatMessage): string | undefined {
  if (m.role === 'tool') return undefined;
  const role = m.role === 'developer' ? 'system' : m.role;
  return `${role}\u0000${'name' in m && m.name ? m.name : ''}`;
}

function mergeRuns(work: Working[]): Working[] {
  const out: Working[] = [];
  for (const w of work) {
    const prev = out[out.length - 1];
    const key = mergeKey(w.message);
    if (!prev || key === undefined || key !== mergeKey(prev.message)) {
      out.push({ message: w.message, parts: [...w.parts] });
      continue;
    }
    // Separate merged turns with a blank line so sentences do not run together.
    if (prev.parts.length > 0 && w.parts.length > 0) prev.parts.push({ type: 'text', text: '\n\n' });
    prev.parts.push(...w.parts);
    if (prev.message.role === 'assistant' && w.message.role === 'assistant') {
      const calls = [...(prev.message.tool_calls ?? []), ...(w.message.tool_calls ?? [])];
      prev.message = calls.length ? { ...prev.message, tool_calls: calls } : prev.message;
    }
  }
  // Collapse the separator into the neighbouring text where both sides are text.
  return out.map((w) => ({ message: w.message, parts: joinAdjacentText(w.parts) }));
}

function joinAdjacentText(parts: ContentPart[]): ContentPart[] {
  const out: ContentPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.type === 'text' && last?.type === 'text' && !p.cache_control && !last.cache_control) {
      out[out.length - 1] = { type: 'text', text: last.text + p.text };
    } else out.push(p);
  }
  return out;
}

/** Text parts only, in the requested shape (system, developer and tool messages carry no images). */
function textContent(parts: readonly ContentPart[], mode: 'auto' | 'string' | 'parts'): string | TextPart[] {
  return shape(
    parts.filter((p): p is TextPart => p.type === 'text'),
    mode,
  ) as string | TextPart[];
}

function rebuild(message: ChatMessage, parts: ContentPart[], mode: 'auto' | 'string' | 'parts'): ChatMessage {
  switch (message.role) {
    case 'system':
    case 'developer':
      return { ...message, content: textContent(parts, mode) };
    case 'user':
      return { ...message, content: shape(parts, mode) };
    case 'tool':
      return { ...message, content: textContent(parts, mode) } satisfies ToolMessage;
    case 'assistant': {
      let content: AssistantMessage['content'] = textContent(parts, mode);
      // Providers disagree on "" next to tool calls; null is accepted everywhere.
      if (message.tool_calls?.length && (content === '' || (Array.isArray(content) && content.length === 0))) content = null;
      return { ...message, content };
    }
  }
}

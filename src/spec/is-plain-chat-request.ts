import type { ChatRequest } from './chat-request.js';

const NUMBER_RANGES: Record<string, [number, number]> = {
  temperature: [0, 2],
  top_p: [0, 1],
  presence_penalty: [-2, 2],
  frequency_penalty: [-2, 2],
};
const POSITIVE_INTS = new Set(['max_tokens', 'max_completion_tokens']);
const TEXT_ROLES = new Set(['system', 'developer', 'user', 'assistant']);
const MESSAGE_KEYS = new Set(['role', 'content', 'name']);

/**
 * True for the most common request shape — text-only messages and scalar sampling options — checked
 * by hand in well under a microsecond per message. It accepts strictly less than the zod schema
 * (anything else, including every invalid input, goes through zod, which names the bad field), so
 * the profiled ~13 µs of schema validation per request is skipped only where it could never fail.
 */
export function isPlainChatRequest(input: unknown): input is ChatRequest {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  const req = input as Record<string, unknown>;
  const messages = req.messages;
  if (!Array.isArray(messages) || messages.length === 0) return false;
  for (const key in req) {
    const v = req[key];
    switch (key) {
      case 'messages':
        break;
      case 'model':
      case 'user':
        if (typeof v !== 'string' || v.length === 0) return false;
        break;
      case 'stream':
        if (typeof v !== 'boolean') return false;
        break;
      case 'stream_options': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
        for (const k in v as object) if (k !== 'include_usage' || typeof (v as Record<string, unknown>)[k] !== 'boolean') return false;
        break;
      }
      case 'seed':
        if (!Number.isInteger(v)) return false;
        break;
      case 'n':
        if (v !== 1) return false;
        break;
      case 'stop':
        if (typeof v === 'string') break;
        if (!Array.isArray(v) || v.length > 16 || !v.every((s) => typeof s === 'string')) return false;
        break;
      default: {
        const range = NUMBER_RANGES[key];
        if (range) {
          if (typeof v !== 'number' || !(v >= range[0] && v <= range[1])) return false;
        } else if (POSITIVE_INTS.has(key)) {
          if (!Number.isInteger(v) || (v as number) <= 0) return false;
        } else return false;
      }
    }
  }
  for (const m of messages) {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
    const msg = m as Record<string, unknown>;
    if (typeof msg.role !== 'string' || !TEXT_ROLES.has(msg.role) || typeof msg.content !== 'string') return false;
    for (const k in msg) {
      if (!MESSAGE_KEYS.has(k)) return false;
      if (k === 'name' && typeof msg.name !== 'string') return false;
    }
  }
  return true;
}

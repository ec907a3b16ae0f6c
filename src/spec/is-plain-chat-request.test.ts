import { describe, expect, it } from 'vitest';
import { chatRequestSchema } from './chat-request-schema.js';
import { isPlainChatRequest } from './is-plain-chat-request.js';

const plain = {
  model: 'm',
  messages: [
    { role: 'system', content: 's' },
    { role: 'user', content: 'hi', name: 'bob' },
  ],
  temperature: 0.2,
  max_tokens: 10,
  stream: true,
  stream_options: { include_usage: true },
  stop: ['x'],
  seed: 3,
  n: 1,
};

describe('isPlainChatRequest', () => {
  it('accepts the common text-only shape', () => {
    expect(isPlainChatRequest(plain)).toBe(true);
  });

  it('only ever accepts what the zod schema accepts (fuzzed against it)', () => {
    const mutations: Array<(r: Record<string, unknown>) => void> = [
      (r) => (r.temperature = 3),
      (r) => (r.temperature = Number.NaN),
      (r) => (r.top_p = -0.1),
      (r) => (r.max_tokens = 0),
      (r) => (r.max_tokens = 1.5),
      (r) => (r.messages = []),
      (r) => (r.messages = [{ role: 'user', content: 42 }]),
      (r) => (r.messages = [{ role: 'tool', content: 'x' }]),
      (r) => (r.messages = [{ role: 'user', content: [{ type: 'text', text: 'x' }] }]),
      (r) => (r.messages = [{ role: 'user', content: 'x', extra: 1 }]),
      (r) => (r.model = ''),
      (r) => (r.stream = 'yes'),
      (r) => (r.stream_options = { include_usage: 'true' }),
      (r) => (r.stop = Array.from({ length: 17 }, () => 's')),
      (r) => (r.n = 2),
      (r) => (r.seed = 1.5),
      (r) => (r.tools = []),
      (r) => (r.temperature = null),
      (r) => (r.unknown_field = 1),
    ];
    for (const mutate of mutations) {
      const r = structuredClone(plain) as Record<string, unknown>;
      mutate(r);
      // Fast path rejects → zod decides. Fast path accepts → zod must accept too.
      if (isPlainChatRequest(r)) expect(chatRequestSchema.safeParse(r).success).toBe(true);
    }
    expect(chatRequestSchema.safeParse(plain).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatMessage, ToolMessage } from '../spec/chat-request.js';
import { getTokenCounts } from '../tokens/get-token-counts.js';
import { preloadTokenizer } from '../tokens/tokenizer-registry.js';
import { defaultMargin, defaultMaxTokens } from './default-max-tokens.js';
import { fitMessagesToContext, fitMessagesToContextSync } from './fit-messages-to-context.js';
import { fitsContext, requestFitsModel } from './fits-context.js';
import { groupTurns } from './group-turns.js';
import { truncateMiddle } from './truncate-text.js';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

function conversation(turns: number, wordsPerMessage = 40): ChatMessage[] {
  const msgs: ChatMessage[] = [{ role: 'system', content: 'You are a careful assistant.' }];
  for (let t = 0; t < turns; t++) {
    msgs.push({ role: 'user', content: `turn ${t}: ${words(wordsPerMessage, 'q')}` });
    msgs.push({ role: 'assistant', content: `answer ${t}: ${words(wordsPerMessage, 'a')}` });
  }
  return msgs;
}

const turnOf = (m: ChatMessage) => (typeof m.content === 'string' ? /(?:turn|answer) (\d+)/.exec(m.content)?.[1] : undefined);

describe('defaultMaxTokens / defaultMargin', () => {
  it('is min(max_output, context − prompt − margin), floored at zero', () => {
    expect(defaultMaxTokens({ contextLength: 128_000, maxOutput: 16_384, promptTokens: 1_000, margin: 64 })).toBe(16_384);
    expect(defaultMaxTokens({ contextLength: 128_000, maxOutput: 16_384, promptTokens: 120_000, margin: 1_000 })).toBe(7_000);
    expect(defaultMaxTokens({ contextLength: 8_000, promptTokens: 3_000 })).toBe(5_000);
    expect(defaultMaxTokens({ contextLength: 8_000, maxOutput: 4_096, promptTokens: 9_000 })).toBe(0);
  });

  it('widens the margin for heuristic counts', () => {
    expect(defaultMargin(1_000)).toBe(64);
    expect(defaultMargin(200_000)).toBe(2_000);
    expect(defaultMargin(200_000, true)).toBe(10_000);
  });
});

describe('fitsContext / requestFitsModel', () => {
  it('compares prompt + output + margin to the window; unknown windows fit', () => {
    expect(fitsContext({ promptTokens: 100, contextLength: 200, maxOutputTokens: 100 })).toBe(true);
    expect(fitsContext({ promptTokens: 100, contextLength: 200, maxOutputTokens: 100, margin: 1 })).toBe(false);
    expect(fitsContext({ promptTokens: 10 ** 9, contextLength: undefined })).toBe(true);
  });

  it('lets the router skip a target whose window is too small', async () => {
    await preloadTokenizer('gpt-4o');
    const big = { messages: [{ role: 'user', content: words(150_000, 'w') }] as ChatMessage[], max_tokens: 1_000 };
    const small = { messages: [{ role: 'user', content: 'hello' }] as ChatMessage[] };
    expect(requestFitsModel(small, { backend: 'openai', model: 'gpt-4o' })).toMatchObject({
      fits: true,
      contextLength: 128_000,
      estimated: false,
    });
    const check = requestFitsModel(big, { backend: 'openai', model: 'gpt-4o' });
    expect(check.fits).toBe(false);
    expect(check.promptTokens).toBeGreaterThan(128_000);
    expect(requestFitsModel(big, { backend: 'openai', model: 'gpt-5.5' }).fits).toBe(true);
    // Settings override the catalog window; unknown models are never skipped.
    expect(requestFitsModel(small, { model: 'gpt-4o', contextLength: 5 }).fits).toBe(false);
    expect(requestFitsModel(big, { backend: 'local', model: 'my-finetune' }).fits).toBe(true);
  });
});

describe('groupTurns', () => {
  it('pins system messages and keeps tool results with their call', () => {
    const shape = groupTurns([
      { role: 'system', content: 's' },
      { role: 'user', content: 'u1' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'a', content: 'r' },
      { role: 'assistant', content: 'done' },
      { role: 'developer', content: 'd' },
      { role: 'user', content: 'u2' },
    ]);
    expect(shape).toEqual({ pinned: [0, 5], turns: [{ units: [[1], [2, 3], [4]] }, { units: [[6]] }] });
  });
});

describe('fitMessagesToContext', () => {
  it('returns the input untouched when it fits', async () => {
    const msgs = conversation(2);
    const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', backend: 'openai' });
    expect(r).toMatchObject({ droppedCount: 0, truncated: false, fits: true, budget: 128_000 - 4_096 - 1_280 });
    expect(r.messages[1]).toBe(msgs[1]);
  });

  it('latest: keeps the system prompt and the newest turns that fit', async () => {
    const msgs = conversation(10);
    const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', contextLength: 1_000, maxOutputTokens: 200, margin: 0 });
    expect(r.fits).toBe(true);
    expect(r.promptTokens).toBeLessThanOrEqual(800);
    expect(r.messages[0].role).toBe('system');
    expect(r.messages[1].role).toBe('user');
    const kept = r.messages.slice(1).map(turnOf);
    expect(kept.at(-1)).toBe('9');
    // Contiguous newest suffix, whole turns only.
    const first = Number(kept[0]);
    expect(kept).toEqual(Array.from({ length: 10 - first }, (_, i) => String(first + i)).flatMap((t) => [t, t]));
    expect(r.droppedCount).toBe(msgs.length - r.messages.length);
    expect(r.truncated).toBe(false);
  });

  it('middle-out: keeps the first and the newest turns, drops the middle', async () => {
    const msgs = conversation(10);
    const r = await fitMessagesToContext(msgs, {
      model: 'gpt-4o',
      contextLength: 1_000,
      maxOutputTokens: 200,
      margin: 0,
      strategy: 'middle-out',
    });
    expect(r.fits).toBe(true);
    const kept = [...new Set(r.messages.slice(1).map(turnOf))];
    expect(kept[0]).toBe('0');
    expect(kept.at(-1)).toBe('9');
    expect(kept.length).toBeLessThan(10);
  });

  it('none: only counts', async () => {
    const msgs = conversation(10);
    const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', contextLength: 500, strategy: 'none' });
    expect(r).toMatchObject({ droppedCount: 0, truncated: false, fits: false });
    expect(r.messages).toEqual(msgs);
  });

  it('truncates a single oversized message with a marker, keeping its head and tail', async () => {
    const text = `START ${words(3_000, 'x')} END`;
    const r = await fitMessagesToContext([{ role: 'user', content: text }], {
      model: 'gpt-4o',
      contextLength: 2_000,
      maxOutputTokens: 500,
      margin: 0,
    });
    expect(r).toMatchObject({ truncated: true, droppedCount: 0, fits: true });
    const out = r.messages[0].content as string;
    expect(out.startsWith('START ')).toBe(true);
    expect(out.endsWith(' END')).toBe(true);
    expect(out).toMatch(/…\[truncated \d+ tokens\]…/);
    expect(r.promptTokens).toBeLessThanOrEqual(1_500);
    expect(r.promptTokens).toBeGreaterThan(1_300);
  });

  it('cuts an oversized system prompt but keeps the newest user message', async () => {
    const msgs: ChatMessage[] = [
      { role: 'system', content: words(3_000, 's') },
      { role: 'user', content: [{ type: 'text', text: 'What now?' }] },
    ];
    const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', contextLength: 1_000, maxOutputTokens: 100, margin: 0 });
    expect(r.fits).toBe(true);
    expect(r.truncated).toBe(true);
    expect(r.messages[1]).toBe(msgs[1]);
    expect(r.messages[0].content).toMatch(/truncated/);
  });

  it('never splits tool calls from their results, at any budget', async () => {
    const msgs: ChatMessage[] = [{ role: 'system', content: 'tools allowed' }];
    for (let t = 0; t < 6; t++) {
      msgs.push({ role: 'user', content: `turn ${t}: ${words(20, 'q')}` });
      msgs.push({
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: `c${t}a`, type: 'function', function: { name: 'search', arguments: JSON.stringify({ q: words(5, 'k') }) } },
          { id: `c${t}b`, type: 'function', function: { name: 'fetch', arguments: '{}' } },
        ],
      });
      msgs.push({ role: 'tool', tool_call_id: `c${t}a`, content: words(30, 'r') });
      msgs.push({ role: 'tool', tool_call_id: `c${t}b`, content: words(30, 'p') });
      msgs.push({ role: 'assistant', content: `answer ${t}` });
    }
    for (const contextLength of [300, 450, 600, 800, 1_100, 1_500]) {
      for (const strategy of ['latest', 'middle-out'] as const) {
        const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', contextLength, maxOutputTokens: 50, margin: 0, strategy });
        const calls = new Set(r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => c.id) : [])));
        const results = new Set(r.messages.filter((m): m is ToolMessage => m.role === 'tool').map((m) => m.tool_call_id));
        expect(
          [...results].every((id) => calls.has(id)),
          `${strategy}@${contextLength}`,
        ).toBe(true);
        expect(
          [...calls].every((id) => results.has(id)),
          `${strategy}@${contextLength}`,
        ).toBe(true);
        expect(r.messages.find((m) => m.role !== 'system')?.role).toBe('user');
      }
    }
  });

  it('drops the oldest tool exchanges of a long agent turn before truncating', async () => {
    const exchange = (id: string, size: number): ChatMessage[] => [
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'read', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: id, content: words(size, id) },
    ];
    const msgs: ChatMessage[] = [
      { role: 'system', content: 'agent' },
      { role: 'user', content: 'fix the bug' },
      ...exchange('e1', 300),
      ...exchange('e2', 300),
      ...exchange('e3', 50),
    ];
    const r = await fitMessagesToContext(msgs, { model: 'gpt-4o', contextLength: 1_000, maxOutputTokens: 200, margin: 0 });
    expect(r).toMatchObject({ droppedCount: 4, truncated: false, fits: true });
    expect(r.messages.map((m) => (m.role === 'tool' ? m.tool_call_id : m.role))).toEqual(['system', 'user', 'assistant', 'e3']);
  });

  it('leaves conversations alone when the window is unknown', async () => {
    const r = await fitMessagesToContext(conversation(3), { model: 'my-private-model' });
    expect(r).toMatchObject({ budget: undefined, fits: true, droppedCount: 0 });
  });

  it('sync variant works with the estimate and the catalog window', () => {
    const msgs = conversation(3);
    const r = fitMessagesToContextSync(msgs, { model: 'glm-5.2', backend: 'zhipuai' });
    expect(r).toMatchObject({ estimated: true, fits: true, budget: 1_000_000 - 4_096 - 50_000 });
    const tight = fitMessagesToContextSync(conversation(20), { model: 'glm-5.2', contextLength: 1_500, maxOutputTokens: 200, margin: 0 });
    expect(tight.fits).toBe(true);
    expect(tight.droppedCount).toBeGreaterThan(0);
  });
});

describe('truncateMiddle', () => {
  const count = (t: string) => Math.ceil(t.length / 4);

  it('returns text that fits untouched', () => {
    expect(truncateMiddle('short', 10, count)).toEqual({ text: 'short', removedTokens: 0 });
  });

  it('fits the target and reports what it removed', () => {
    const r = truncateMiddle('a'.repeat(4_000), 200, count);
    expect(count(r.text)).toBeLessThanOrEqual(200);
    expect(r.removedTokens).toBeGreaterThan(750);
    expect(r.text).toContain(`…[truncated ${r.removedTokens} tokens]…`);
  });

  it('never splits a surrogate pair', async () => {
    const text = '😀'.repeat(2_000);
    const r = truncateMiddle(text, 300, (t) => t.length);
    expect(r.text.length).toBeLessThanOrEqual(300);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(r.text)).toBe(false);
    expect(await getTokenCounts(r.text, 'gpt-4o')).toBeGreaterThan(0);
  });

  it('degrades to the marker alone for tiny targets', () => {
    expect(truncateMiddle('b'.repeat(1_000), 3, count).text).toBe('…[truncated 250 tokens]…');
  });
});

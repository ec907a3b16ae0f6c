import { describe, expect, it } from 'vitest';
import type { StreamDelta } from '../../spec/stream-delta.js';
import { createOpenAIStreamParser } from '../openai-compatible/parse-openai-stream.js';
import { PRESETS } from '../presets.js';
import { EmulatedToolStream, withToolEmulation } from './emulated-tool-stream.js';
import { parseEmulatedToolCalls } from './parse-emulated-tool-calls.js';

/** Streams `text` as content deltas cut at `cuts`, then a finish reason and usage. */
function streamed(text: string, cuts: number[]): StreamDelta[] {
  const stream = new EmulatedToolStream();
  const out: StreamDelta[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > from) out.push(...stream.push([{ content: text.slice(from, cut) }]));
    from = cut;
  }
  out.push(...stream.push([{ finish_reason: 'stop' }, { usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } }]));
  out.push(...stream.finish());
  return out;
}

function summary(deltas: StreamDelta[]) {
  return {
    content: deltas.map((d) => d.content ?? '').join(''),
    tool_calls: deltas.flatMap((d) => d.tool_calls ?? []),
    last: deltas.at(-1),
  };
}

const REPLIES = [
  'Plain answer, no tools.',
  '{"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris"}}]}',
  'Let me check.\n```json\n{"tool_calls":[{"name":"a","arguments":{"q":"x}"}},{"name":"b","arguments":{}}]}\n```',
  'Use {braces} freely, then {"name":"a","arguments":{"n":1}} and ``` inline `code` ```.',
  'Code:\n```python\ndef f(x): return {x: 1}\n```\nDone.',
];

describe('EmulatedToolStream', () => {
  it.each(REPLIES)('gives the same result for every cut as the non-streaming parser: %j', (reply) => {
    const parsed = parseEmulatedToolCalls(reply);
    const expectedCalls = (parsed.tool_calls ?? []).map((c, index) => ({ index, id: c.id, type: 'function', function: c.function }));
    const whole = summary(streamed(reply, []));
    expect(whole.tool_calls).toEqual(expectedCalls);
    expect(whole.last).toEqual({
      finish_reason: expectedCalls.length > 0 ? 'tool_calls' : 'stop',
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    });
    if (expectedCalls.length === 0) expect(whole.content).toBe(reply);
    for (let i = 1; i < reply.length; i++) {
      expect(summary(streamed(reply, [i]))).toEqual(whole);
      expect(summary(streamed(reply, [i, Math.min(reply.length, i + 5)]))).toEqual(whole);
    }
    expect(
      summary(
        streamed(
          reply,
          Array.from({ length: reply.length }, (_, i) => i),
        ),
      ),
    ).toEqual(whole);
  });

  it('streams prose before the JSON at once and passes reasoning through', () => {
    const stream = new EmulatedToolStream();
    expect(stream.push([{ reasoning_content: 'hmm' }, { content: 'Checking the ' }])).toEqual([
      { reasoning_content: 'hmm' },
      { content: 'Checking the ' },
    ]);
    expect(stream.push([{ content: 'weather. {"tool_calls":[{"na' }])).toEqual([{ content: 'weather. ' }]);
    expect(stream.push([{ content: 'me":"w","arguments":{}}]}' }, { finish_reason: 'stop' }])).toEqual([]);
    const end = stream.finish();
    expect(end).toEqual([
      { tool_calls: [{ index: 0, id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'w', arguments: '{}' } }] },
      { finish_reason: 'tool_calls' },
    ]);
    expect(stream.finish()).toEqual([]);
  });

  it('releases an unterminated non-call object at the end', () => {
    const stream = new EmulatedToolStream();
    expect(stream.push([{ content: 'a { never closed' }])).toEqual([{ content: 'a ' }]);
    expect(stream.finish()).toEqual([{ content: '{ never closed' }]);
  });

  it('withToolEmulation wraps an adapter stream parser', () => {
    const parser = withToolEmulation(
      createOpenAIStreamParser({
        provider: 'local',
        model: 'llama3.3',
        apiBase: 'http://localhost:11434/v1',
        stream: true,
        quirks: PRESETS.local.quirks,
        capabilities: { functionCallAvailable: false, responseFormatAvailable: true, nativeMultimodal: false },
      }),
      { toolNames: ['lookup'] },
    );
    const chunk = (content: string, finish: string | null = null) => ({
      data: JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: finish }] }),
    });
    const out = [
      ...parser.push(chunk('<think>need data</think>')),
      ...parser.push(chunk('{"tool_calls":[{"name":"lookup",')),
      ...parser.push(chunk('"arguments":{"id":7}}]}', 'stop')),
      ...parser.push({ data: JSON.stringify({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 } }) }),
      ...parser.push({ data: '[DONE]' }),
      ...parser.finish(),
    ];
    expect(out).toEqual([
      { reasoning_content: 'need data' },
      {
        tool_calls: [
          { index: 0, id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'lookup', arguments: '{"id":7}' } },
        ],
      },
      { finish_reason: 'tool_calls', usage: { prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 } },
    ]);
  });
});

import { EventStreamCodec, type Message } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import type { StreamDelta } from '../../spec/stream-delta.js';
import { bedrockTestContext } from './__fixtures__/test-context.js';
import { AwsEventStreamDecoder } from './aws-eventstream-decoder.js';
import { bedrockAdapter } from './bedrock-adapter.js';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function ev(type: string, payload: Record<string, unknown>): Uint8Array {
  const message: Message = {
    headers: {
      ':event-type': { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    // Bedrock pads every event with a random "p" field to hide lengths.
    body: fromUtf8(JSON.stringify({ ...payload, p: 'abcdefghij' })),
  };
  return codec.encode(message);
}

function exception(type: string, payload: Record<string, unknown>): Uint8Array {
  return codec.encode({
    headers: {
      ':exception-type': { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'exception' },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

function run(frames: Uint8Array[], splitAt?: number): StreamDelta[] {
  const all = Buffer.concat(frames);
  const chunks = splitAt === undefined ? [all] : [all.subarray(0, splitAt), all.subarray(splitAt)];
  const decoder = new AwsEventStreamDecoder();
  const parser = bedrockAdapter.createStreamParser(bedrockTestContext({ stream: true }));
  const out: StreamDelta[] = [];
  for (const c of chunks) for (const e of decoder.push(c)) out.push(...parser.push(e));
  for (const e of decoder.end()) out.push(...parser.push(e));
  out.push(...parser.finish());
  return out;
}

const FRAMES = [
  ev('messageStart', { role: 'assistant' }),
  ev('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { text: 'Let me ' } } }),
  ev('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { text: 'think.' } } }),
  ev('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { signature: 'SIG-' } } }),
  ev('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { signature: '123' } } }),
  ev('contentBlockStop', { contentBlockIndex: 0 }),
  ev('contentBlockDelta', { contentBlockIndex: 1, delta: { text: 'Hello' } }),
  ev('contentBlockDelta', { contentBlockIndex: 1, delta: { text: ' world' } }),
  ev('contentBlockStop', { contentBlockIndex: 1 }),
  ev('contentBlockStart', { contentBlockIndex: 2, start: { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather' } } }),
  ev('contentBlockDelta', { contentBlockIndex: 2, delta: { toolUse: { input: '{"city":' } } }),
  ev('contentBlockDelta', { contentBlockIndex: 2, delta: { toolUse: { input: '"Paris"}' } } }),
  ev('contentBlockStop', { contentBlockIndex: 2 }),
  ev('contentBlockStart', { contentBlockIndex: 3, start: { toolUse: { toolUseId: 'tooluse_2', name: 'now' } } }),
  ev('contentBlockStop', { contentBlockIndex: 3 }),
  ev('messageStop', { stopReason: 'tool_use' }),
  ev('metadata', { usage: { inputTokens: 12, outputTokens: 30, totalTokens: 47, cacheReadInputTokens: 5 }, metrics: { latencyMs: 99 } }),
];

const EXPECTED: StreamDelta[] = [
  { provider: 'bedrock', model: 'anthropic.claude-sonnet-4-6' },
  { reasoning_content: 'Let me ' },
  { reasoning_content: 'think.' },
  { reasoning_details: [{ type: 'thinking', text: 'Let me think.', signature: 'SIG-123' }] },
  { content: 'Hello' },
  { content: ' world' },
  { tool_calls: [{ index: 0, id: 'tooluse_1', type: 'function', function: { name: 'get_weather', arguments: '' } }] },
  { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] },
  { tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] },
  { tool_calls: [{ index: 1, id: 'tooluse_2', type: 'function', function: { name: 'now', arguments: '' } }] },
  { tool_calls: [{ index: 1, function: { arguments: '{}' } }] },
  {
    finish_reason: 'tool_calls',
    usage: { prompt_tokens: 17, completion_tokens: 30, total_tokens: 47, prompt_tokens_details: { cached_tokens: 5 } },
  },
];

describe('Bedrock ConverseStream parsing (frames from the official codec)', () => {
  it('turns the event stream into canonical deltas', () => {
    expect(run(FRAMES)).toEqual(EXPECTED);
  });

  it('is unaffected by where the byte stream is split', () => {
    const total = Buffer.concat(FRAMES).length;
    for (let i = 1; i < total; i += 3) expect(run(FRAMES, i)).toEqual(EXPECTED);
  });

  it('emits the final delta from finish() when the metadata event never came', () => {
    const out = run([
      ev('messageStart', { role: 'assistant' }),
      ev('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'x' } }),
      ev('messageStop', { stopReason: 'max_tokens' }),
    ]);
    expect(out.at(-1)).toEqual({ finish_reason: 'length', usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } });
  });

  it('throws in-stream exceptions as classified errors', () => {
    const head = [ev('messageStart', { role: 'assistant' }), ev('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'partial' } })];
    expect(() =>
      run([...head, exception('throttlingException', { message: 'Too many tokens, please wait before trying again.' })]),
    ).toThrowError(expect.objectContaining({ kind: 'rate_limit', status: 429, code: 'ThrottlingException' }));
    expect(() =>
      run([...head, exception('serviceUnavailableException', { message: 'Bedrock is unable to process your request.' })]),
    ).toThrowError(expect.objectContaining({ kind: 'overloaded', status: 503 }));
    expect(() =>
      run([...head, exception('modelStreamErrorException', { message: 'Model failed', originalStatusCode: 500, originalMessage: 'boom' })]),
    ).toThrowError(expect.objectContaining({ kind: 'server', code: 'ModelStreamErrorException' }));
    expect(() => run([...head, exception('validationException', { message: 'Input is too long for requested model.' })])).toThrowError(
      expect.objectContaining({ kind: 'context_length', status: 400 }),
    );
    expect(() => run([...head, exception('internalServerException', { message: 'oops' })])).toThrowError(
      expect.objectContaining({ kind: 'server', status: 500 }),
    );
  });

  it('reports a stream cut mid-frame as a network error', () => {
    const frame = ev('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'x' } });
    const decoder = new AwsEventStreamDecoder();
    decoder.push(frame.subarray(0, frame.length - 1));
    expect(() => decoder.end()).toThrowError(expect.objectContaining({ kind: 'network' }));
  });
});

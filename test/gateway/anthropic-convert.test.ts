import { describe, expect, it } from 'vitest';
import { anthropicRequestSchema } from '../../src/gateway/anthropic/anthropic-request-schema.js';
import { AnthropicSseEncoder } from '../../src/gateway/anthropic/anthropic-sse-encoder.js';
import { anthropicToChatRequest } from '../../src/gateway/anthropic/anthropic-to-chat-request.js';
import { toAnthropicMessage } from '../../src/gateway/anthropic/to-anthropic-message.js';
import { OpenAIChunkEncoder } from '../../src/gateway/openai/openai-chunk-encoder.js';

describe('Anthropic request → canonical', () => {
  it('maps system, images, tool use/results, thinking, tool_choice and sampling', () => {
    const req = anthropicRequestSchema.parse({
      model: 'm',
      max_tokens: 100,
      system: [{ type: 'text', text: 'sys', cache_control: { type: 'ephemeral' } }],
      temperature: 0.5,
      top_k: 5,
      stop_sequences: ['END'],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      thinking: { type: 'enabled', budget_tokens: 2048 },
      tools: [{ name: 't', description: 'd', input_schema: { type: 'object' } }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'sig' },
            { type: 'text', text: 'calling' },
            { type: 'tool_use', id: 'tu1', name: 't', input: { a: 1 } },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'tu1', content: [{ type: 'text', text: 'ok' }] },
            { type: 'text', text: 'thanks' },
          ],
        },
      ],
    });
    const out = anthropicToChatRequest(req);
    expect(out.messages).toEqual([
      { role: 'system', content: [{ type: 'text', text: 'sys', cache_control: { type: 'ephemeral' } }] },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'look' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
        ],
      },
      {
        role: 'assistant',
        content: 'calling',
        tool_calls: [{ id: 'tu1', type: 'function', function: { name: 't', arguments: '{"a":1}' } }],
        reasoning_content: 'hmm',
        reasoning_details: [{ type: 'thinking', text: 'hmm', signature: 'sig' }],
      },
      { role: 'tool', tool_call_id: 'tu1', content: 'ok' },
      { role: 'user', content: [{ type: 'text', text: 'thanks' }] },
    ]);
    expect(out).toMatchObject({
      max_tokens: 100,
      temperature: 0.5,
      stop: ['END'],
      tool_choice: 'required',
      parallel_tool_calls: false,
      thinking: { type: 'enabled', budget_tokens: 2048 },
      provider_options: { anthropic: { top_k: 5 } },
      tools: [{ type: 'function', function: { name: 't', description: 'd', parameters: { type: 'object' } } }],
    });
  });

  it('rejects unsupported blocks with a 400 naming the block', () => {
    const req = anthropicRequestSchema.parse({
      model: 'm',
      max_tokens: 1,
      messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', data: 'x' } }] }],
    });
    expect(() => anthropicToChatRequest(req)).toThrow(/messages\[0\]\.content\[0\]: document blocks/);
  });
});

describe('canonical → Anthropic', () => {
  it('builds a message with thinking, text and tool_use blocks', () => {
    const msg = toAnthropicMessage(
      {
        content: 'hi',
        reasoning_content: 'why',
        reasoning_details: [{ type: 'thinking', text: 'why', signature: 's' }],
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{"x":2}' } }],
        finish_reason: 'tool_calls',
        usage: { prompt_tokens: 30, completion_tokens: 5, total_tokens: 35, prompt_tokens_details: { cached_tokens: 10 } },
        provider: 'openai',
        model: 'gpt',
      },
      'msg_1',
    );
    expect(msg).toEqual({
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'gpt',
      content: [
        { type: 'thinking', thinking: 'why', signature: 's' },
        { type: 'text', text: 'hi' },
        { type: 'tool_use', id: 'c1', name: 'f', input: { x: 2 } },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 20, output_tokens: 5, cache_creation_input_tokens: 0, cache_read_input_tokens: 10 },
    });
  });

  it('streams blocks in order and closes each before the next', () => {
    const enc = new AnthropicSseEncoder('msg_x', 'm', 'req');
    let out = enc.open({ model: 'm' });
    out += enc.encode({ reasoning_content: 'a' });
    out += enc.encode({ reasoning_details: [{ type: 'thinking', text: '', signature: 'sig' }] });
    out += enc.encode({ content: 'b' });
    out += enc.encode({ tool_calls: [{ index: 0, id: 'c', function: { name: 'f', arguments: '{"q"' } }] });
    out += enc.encode({ tool_calls: [{ index: 0, function: { arguments: ':1}' } }] });
    out += enc.encode({ finish_reason: 'tool_calls', usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } });
    out += enc.close();
    const events = out
      .trim()
      .split('\n\n')
      .map((e) => JSON.parse(e.split('\n')[1].slice(6)) as { type: string; index?: number; delta?: { type?: string } });
    expect(events.map((e) => `${e.type}${e.index === undefined ? '' : `:${e.index}`}${e.delta?.type ? `:${e.delta.type}` : ''}`)).toEqual([
      'message_start',
      'ping',
      'content_block_start:0',
      'content_block_delta:0:thinking_delta',
      'content_block_delta:0:signature_delta',
      'content_block_stop:0',
      'content_block_start:1',
      'content_block_delta:1:text_delta',
      'content_block_stop:1',
      'content_block_start:2',
      'content_block_delta:2:input_json_delta',
      'content_block_delta:2:input_json_delta',
      'content_block_stop:2',
      'message_delta',
      'message_stop',
    ]);
    expect(events[13]).toMatchObject({ delta: { stop_reason: 'tool_use' }, usage: { input_tokens: 3, output_tokens: 4 } });
  });
});

describe('OpenAI chunk encoder', () => {
  it('encodes deltas with one envelope and ends with finish, usage and [DONE]', () => {
    const enc = new OpenAIChunkEncoder('id1', 1, 'm');
    const text =
      enc.roleChunk() +
      enc.encode({ reasoning_content: 'r' }) +
      enc.encode({ tool_calls: [{ index: 0, id: 'c', type: 'function', function: { name: 'f', arguments: '' } }] }) +
      enc.encode({ finish_reason: 'tool_calls', usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } }) +
      enc.end(true);
    const events = text.trim().split('\n\n');
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)));
    expect(chunks.map((c) => c.choices[0]?.delta ?? null)).toEqual([
      { role: 'assistant', content: '' },
      { reasoning_content: 'r' },
      { tool_calls: [{ index: 0, id: 'c', type: 'function', function: { name: 'f', arguments: '' } }] },
      {},
      null,
    ]);
    expect(chunks[3].choices[0].finish_reason).toBe('tool_calls');
    expect(chunks[4]).toMatchObject({ object: 'chat.completion.chunk', id: 'id1', choices: [], usage: { total_tokens: 3 } });
  });
});

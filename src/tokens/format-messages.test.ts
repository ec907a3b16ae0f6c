import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../spec/chat-request.js';
import { formatMessages } from './format-messages.js';

const img = (url: string) => ({ type: 'image_url' as const, image_url: { url } });

describe('formatMessages', () => {
  it('collapses text-only part lists to strings and keeps images as parts', () => {
    const out = formatMessages([
      { role: 'system', content: [{ type: 'text', text: 'Be brief.' }] },
      { role: 'user', content: [{ type: 'text', text: 'Look:' }, img('https://x/y.png')] },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b' },
        ],
      },
    ]);
    expect(out).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'Look:' }, img('https://x/y.png')] },
      { role: 'user', content: 'a\nb' },
    ]);
  });

  it('keeps parts that carry cache_control in auto mode', () => {
    const content = [{ type: 'text' as const, text: 'long prefix', cache_control: { type: 'ephemeral' as const } }];
    expect(formatMessages([{ role: 'user', content }])).toEqual([{ role: 'user', content }]);
  });

  it('converts to parts or strings on request', () => {
    const msgs: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    expect(formatMessages(msgs, { content: 'parts' })).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
    const cached: ChatMessage[] = [{ role: 'user', content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }] }];
    expect(formatMessages(cached, { content: 'string' })).toEqual([{ role: 'user', content: 'hi' }]);
  });

  it('normalises loose input: bare strings in arrays, image_url as a string, empty parts', () => {
    const loose = [
      {
        role: 'user',
        content: ['hello', { type: 'text', text: '' }, { type: 'image_url', image_url: 'https://x/a.jpg' }, { type: 'audio' }],
      },
    ] as unknown as ChatMessage[];
    expect(formatMessages(loose)).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hello' }, img('https://x/a.jpg')] }]);
  });

  it('drops empty turns but never tool results or tool-calling assistants', () => {
    const out = formatMessages([
      { role: 'user', content: '   ' },
      { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: '' },
      { role: 'assistant', content: [] },
      { role: 'user', content: 'next' },
    ]);
    expect(out).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: '' },
      { role: 'user', content: 'next' },
    ]);
    expect(formatMessages([{ role: 'user', content: '' }], { dropEmpty: false })).toEqual([{ role: 'user', content: '' }]);
  });

  it('turns images into placeholders for text-only models, abbreviating data URLs', () => {
    const data = `data:image/png;base64,${'A'.repeat(4096)}`;
    const out = formatMessages([{ role: 'user', content: [{ type: 'text', text: 'see' }, img('https://x/y.png'), img(data)] }], {
      nativeMultimodal: false,
    });
    expect(out).toEqual([
      { role: 'user', content: 'see\nImage<image_url: https://x/y.png>\nImage<image_url: data:image/png;base64,…(3.0 KB)>' },
    ]);
  });

  it('renders tool traffic as text for models without native tool calling (vv-llm convention)', () => {
    const calls = [{ id: 'c1', type: 'function' as const, function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }];
    const out = formatMessages(
      [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: 'Checking.', tool_calls: calls },
        { role: 'tool', tool_call_id: 'c1', content: '21°C' },
      ],
      { functionCallAvailable: false },
    );
    expect(out).toEqual([
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: `Checking.\nTool calls: ${JSON.stringify(calls)}` },
      { role: 'user', content: 'Tool<tool_call_id: c1> Call result: 21°C' },
    ]);
  });

  it('merges consecutive same-role turns when asked', () => {
    const out = formatMessages(
      [
        { role: 'system', content: 'A' },
        { role: 'developer', content: 'B' },
        { role: 'user', content: 'one' },
        { role: 'user', content: [{ type: 'text', text: 'two' }, img('https://x/z.png')] },
        { role: 'assistant', content: 'x' },
        { role: 'assistant', content: 'y' },
        { role: 'tool', tool_call_id: 'a', content: 'r1' },
        { role: 'tool', tool_call_id: 'b', content: 'r2' },
        { role: 'user', name: 'alice', content: 'hi' },
        { role: 'user', name: 'bob', content: 'hey' },
      ],
      { mergeConsecutive: true },
    );
    expect(out).toEqual([
      { role: 'system', content: 'A\n\nB' },
      { role: 'user', content: [{ type: 'text', text: 'one\n\ntwo' }, img('https://x/z.png')] },
      { role: 'assistant', content: 'x\n\ny' },
      { role: 'tool', tool_call_id: 'a', content: 'r1' },
      { role: 'tool', tool_call_id: 'b', content: 'r2' },
      { role: 'user', name: 'alice', content: 'hi' },
      { role: 'user', name: 'bob', content: 'hey' },
    ]);
  });

  it('does not mutate its input', () => {
    const input: ChatMessage[] = [
      { role: 'user', content: [{ type: 'text', text: 'a' }] },
      { role: 'user', content: 'b' },
    ];
    const snapshot = structuredClone(input);
    formatMessages(input, { mergeConsecutive: true, content: 'string' });
    expect(input).toEqual(snapshot);
  });
});

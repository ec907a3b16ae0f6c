import { describe, expect, it } from 'vitest';
import { parseEmulatedToolCalls } from './parse-emulated-tool-calls.js';

const fn = (text: string, names?: string[]) =>
  parseEmulatedToolCalls(text, names ? { toolNames: names } : {}).tool_calls?.map((c) => c.function) ?? null;

describe('parseEmulatedToolCalls', () => {
  it('reads the bare protocol object', () => {
    const r = parseEmulatedToolCalls('{"tool_calls":[{"name":"a","arguments":{"x":1}},{"name":"b","arguments":{}}]}');
    expect(r.content).toBeNull();
    expect(r.tool_calls?.map((c) => c.function)).toEqual([
      { name: 'a', arguments: '{"x":1}' },
      { name: 'b', arguments: '{}' },
    ]);
    expect(r.tool_calls?.every((c) => c.type === 'function' && /^call_[0-9a-z]+$/.test(c.id))).toBe(true);
    expect(new Set(r.tool_calls?.map((c) => c.id)).size).toBe(2);
  });

  it('is deterministic', () => {
    const text = '{"tool_calls":[{"name":"a","arguments":{"x":1}}]}';
    expect(parseEmulatedToolCalls(text)).toEqual(parseEmulatedToolCalls(text));
  });

  it('tolerates leading prose and a json fence', () => {
    const r = parseEmulatedToolCalls(
      'Let me look that up.\n\n```json\n{"tool_calls": [{"name": "search", "arguments": {"q": "a {b}"}}]}\n```\n',
    );
    expect(r.content).toBe('Let me look that up.');
    expect(r.tool_calls?.[0].function).toEqual({ name: 'search', arguments: '{"q":"a {b}"}' });
  });

  it('tolerates an unclosed fence, <tool_call> tags, and OpenAI-style entries', () => {
    expect(fn('```json\n{"tool_calls":[{"name":"s","arguments":{}}]}')).toEqual([{ name: 's', arguments: '{}' }]);
    const tagged = parseEmulatedToolCalls('<tool_call>\n{"name": "s", "arguments": {"q": 1}}\n</tool_call>');
    expect(tagged.content).toBeNull();
    expect(tagged.tool_calls?.[0].function).toEqual({ name: 's', arguments: '{"q":1}' });
    expect(fn('{"tool_calls":[{"id":"x","type":"function","function":{"name":"s","arguments":"{\\"q\\":2}"}}]}')).toEqual([
      { name: 's', arguments: '{"q":2}' },
    ]);
    expect(parseEmulatedToolCalls('{"tool_calls":[{"id":"keep","function":{"name":"s"}}]}').tool_calls?.[0].id).toBe('keep');
  });

  it('collects several separate objects and keeps the prose between them', () => {
    const r = parseEmulatedToolCalls('First {"name":"a","arguments":{}} then {"name":"b","parameters":{"k":"v"}} done');
    expect(r.tool_calls?.map((c) => c.function)).toEqual([
      { name: 'a', arguments: '{}' },
      { name: 'b', arguments: '{"k":"v"}' },
    ]);
    expect(r.content).toBe('First  then  done');
  });

  it('leaves ordinary answers alone', () => {
    expect(parseEmulatedToolCalls('Just text with {braces} and [1, 2].')).toEqual({
      content: 'Just text with {braces} and [1, 2].',
      tool_calls: null,
    });
    expect(fn('{"answer": 42}')).toBeNull();
    expect(fn('{"name": "Alice"}')).toBeNull();
    expect(fn('{"tool_calls": []}')).toBeNull();
    expect(parseEmulatedToolCalls('').content).toBeNull();
  });

  it('with toolNames, JSON naming an unknown tool stays content', () => {
    expect(fn('{"name":"rm_rf","arguments":{}}', ['search'])).toBeNull();
    expect(fn('{"name":"search","arguments":{}}', ['search'])).toEqual([{ name: 'search', arguments: '{}' }]);
  });
});

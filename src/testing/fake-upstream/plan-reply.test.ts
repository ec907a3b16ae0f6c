import { describe, expect, it } from 'vitest';
import type { NormalizedMessage, NormalizedRequest } from './normalized-request.js';
import { planReply } from './plan-reply.js';

const msg = (role: NormalizedMessage['role'], text: string, extra: Partial<NormalizedMessage> = {}): NormalizedMessage => ({
  role,
  text,
  imageCount: 0,
  toolCalls: [],
  toolResults: [],
  ...extra,
});

const req = (over: Partial<NormalizedRequest> = {}): NormalizedRequest => ({
  protocol: 'openai',
  model: 'm',
  stream: false,
  includeUsage: false,
  messages: [msg('user', 'hello')],
  tools: [],
  toolChoice: 'auto',
  thinking: 'auto',
  body: {},
  ...over,
});

const tools = [{ name: 'search', parameters: { type: 'object', properties: { q: { type: 'string' } } } }, { name: 'get_weather' }];

describe('planReply', () => {
  it('greets with the model and the last user text; ids are derived from seq', () => {
    const reply = planReply(
      req({ messages: [msg('system', 'sys'), msg('user', 'first'), msg('assistant', 'a'), msg('user', 'second')] }),
      undefined,
      { seq: 7 },
    );
    expect(reply.content).toBe('Hello from m! You said: second');
    expect(reply.id).toBe('fake000007');
    expect(reply.finishReason).toBe('stop');
    expect(reply.contentChunks.join('')).toBe(reply.content);
    expect(reply.reasoning).toBeUndefined();
  });

  it('calls the first tool when the user mentions a tool or the weather, not otherwise', () => {
    expect(planReply(req({ tools, messages: [msg('user', 'Use a TOOL please')] }), undefined, { seq: 1 }).toolCalls).toEqual([
      { id: 'call_fake000001_0', name: 'search', arguments: '{"q":"Paris"}' },
    ]);
    expect(planReply(req({ tools, messages: [msg('user', 'just chat')] }), undefined, { seq: 1 }).toolCalls).toEqual([]);
    expect(planReply(req({ tools, toolChoice: 'none', messages: [msg('user', 'weather?')] }), undefined, { seq: 1 }).toolCalls).toEqual([]);
  });

  it('forced tool choice picks the named tool', () => {
    const reply = planReply(req({ tools, toolChoice: { name: 'get_weather' } }), undefined, { seq: 1 });
    expect(reply.toolCalls.map((c) => [c.name, c.arguments])).toEqual([['get_weather', '{}']]);
    expect(reply.finishReason).toBe('tool_calls');
    expect(reply.content).toBe('');
  });

  it('comments on trailing tool results, finding the tool name by call id', () => {
    const reply = planReply(
      req({
        tools,
        messages: [
          msg('user', 'weather?'),
          msg('assistant', '', {
            toolCalls: [
              { id: 'c1', name: 'get_weather', arguments: '{}' },
              { id: 'c2', name: 'search', arguments: '{}' },
            ],
          }),
          msg('tool', 'sunny', { toolResults: [{ id: 'c1', content: 'sunny' }] }),
          msg('tool', 'found', { toolResults: [{ id: 'c2', content: 'found' }] }),
        ],
      }),
      undefined,
      { seq: 1 },
    );
    expect(reply.content).toBe('The tool get_weather returned: sunny\nThe tool search returned: found');
    expect(reply.toolCalls).toEqual([]);
  });

  it('reasons for thinking models unless disabled; explicit requests win', () => {
    expect(planReply(req({ model: 'deepseek-reasoner' }), undefined, { seq: 1 }).reasoning).toBe('Let me think. The user said: hello');
    expect(planReply(req({ model: 'qwen-THINKING' }), undefined, { seq: 1 }).reasoningSignature).toBeTruthy();
    expect(planReply(req({ model: 'deepseek-reasoner', thinking: 'disabled' }), undefined, { seq: 1 }).reasoning).toBeUndefined();
    expect(planReply(req({ model: 'plain', thinking: 'enabled' }), undefined, { seq: 1 }).reasoning).toBeDefined();
  });

  it('counts images in the last user message and usage stays consistent', () => {
    const reply = planReply(req({ model: 'o-reasoner', messages: [msg('user', 'look', { imageCount: 2 })] }), undefined, { seq: 1 });
    expect(reply.content).toBe('Hello from o-reasoner! I see 2 image(s). You said: look');
    expect(reply.usage.inputTokens).toBe(1 + 2 * 85);
    expect(reply.usage.reasoningTokens).toBeGreaterThan(0);
    expect(reply.usage.outputTokens).toBeGreaterThan(reply.usage.reasoningTokens);
  });

  it('rule replies replace the decision; unspecified parts stay default', () => {
    const scripted = planReply(req({ tools, messages: [msg('user', 'weather?')] }), { content: 'no tools today' }, { seq: 1 });
    expect(scripted.toolCalls).toEqual([]);
    expect(scripted.content).toBe('no tools today');
    const calls = planReply(
      req({ tools }),
      { toolCalls: [{ name: 'search' }, { name: 'x', arguments: 'not json', id: 'mine' }] },
      { seq: 2 },
    );
    expect(calls.toolCalls).toEqual([
      { id: 'call_fake000002_0', name: 'search', arguments: '{"q":"Paris"}' },
      { id: 'mine', name: 'x', arguments: 'not json' },
    ]);
    expect(planReply(req(), { usage: { outputTokens: 99 } }, { seq: 3 }).usage.outputTokens).toBe(99);
    expect(planReply(req(), undefined, { seq: 4, defaultText: 'fixed' }).content).toBe('fixed');
  });
});

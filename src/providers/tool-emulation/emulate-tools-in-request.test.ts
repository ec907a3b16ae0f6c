import { describe, expect, it } from 'vitest';
import type { ChatRequest, ToolDefinition } from '../../spec/chat-request.js';
import { emulateToolsInRequest } from './emulate-tools-in-request.js';
import { parseEmulatedToolCalls } from './parse-emulated-tool-calls.js';

const tools: ToolDefinition[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city.',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

describe('emulateToolsInRequest', () => {
  it('describes tools in the system prompt, rewrites tool history, removes tool fields', () => {
    const request: ChatRequest = {
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: 'Weather in Paris and Oslo?' },
        {
          role: 'assistant',
          content: 'Checking.',
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'c2', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '18°C' },
        { role: 'tool', tool_call_id: 'c2', content: [{ type: 'text', text: '4°C' }] },
        { role: 'user', content: 'And tomorrow?' },
      ],
      tools,
      tool_choice: 'required',
      parallel_tool_calls: true,
      temperature: 0.3,
    };
    const before = structuredClone(request);
    const { request: out, warnings } = emulateToolsInRequest(request);
    expect(request).toEqual(before);
    expect(warnings).toEqual(['tools emulated through the system prompt (model has no native function calling)']);
    expect(out).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "You are helpful.

      # Tools

      You can call these tools:

      ## get_weather
      Current weather for a city.
      Arguments (JSON Schema): {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}

      # How to call tools

      To call tools, reply with only this JSON object and no other text:
      {"tool_calls": [{"name": "<tool name>", "arguments": {<arguments as a JSON object>}}]}
      To call several tools at once, put several entries in the array.
      Tool results come back in a user message starting with "Tool results". Use them to continue.
      When no tool is needed, answer normally in plain text without any JSON.
      You must call at least one tool in this reply.",
            "role": "system",
          },
          {
            "content": "Weather in Paris and Oslo?",
            "role": "user",
          },
          {
            "content": "Checking.
      {"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris"}},{"name":"get_weather","arguments":{"city":"Oslo"}}]}",
            "role": "assistant",
          },
          {
            "content": "Tool results:

      [get_weather (call c1)]
      18°C

      [get_weather (call c2)]
      4°C",
            "role": "user",
          },
          {
            "content": "And tomorrow?",
            "role": "user",
          },
        ],
        "temperature": 0.3,
      }
    `);
  });

  it('returns the request unchanged when there is nothing to emulate', () => {
    const request: ChatRequest = { messages: [{ role: 'user', content: 'hi' }] };
    expect(emulateToolsInRequest(request)).toEqual({ request, warnings: [] });
    expect(emulateToolsInRequest(request).request).toBe(request);
  });

  it('adds a system message when none exists and names a forced tool', () => {
    const { request } = emulateToolsInRequest({
      messages: [{ role: 'user', content: 'x' }],
      tools,
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    });
    expect(request.messages[0].role).toBe('system');
    expect(request.messages[0].content).toContain('You must call the tool "get_weather" in this reply.');
    expect(request.messages[0].content).toContain('Call at most one tool per reply.');
    expect(request).not.toHaveProperty('tool_choice');
    expect(request).not.toHaveProperty('parallel_tool_calls');
  });

  it('with tool_choice "none" only rewrites history', () => {
    const { request, warnings } = emulateToolsInRequest({
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: 'not json' } }] },
        { role: 'tool', tool_call_id: 'a', content: 'done' },
      ],
      tools,
      tool_choice: 'none',
    });
    expect(request.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(request.messages[1].content).toBe('{"tool_calls":[{"name":"f","arguments":"not json"}]}');
    expect(warnings).toEqual(['tool-call history rewritten as text (model has no native function calling)']);
  });

  it('round trip: a reply in the protocol parses to tool calls that rewrite back to the same protocol', () => {
    const first = emulateToolsInRequest({ messages: [{ role: 'user', content: 'Weather in Rome?' }], tools });
    expect(first.request.tools).toBeUndefined();
    const reply = 'Sure.\n```json\n{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Rome"}}]}\n```';
    const parsed = parseEmulatedToolCalls(reply, { toolNames: ['get_weather'] });
    expect(parsed.content).toBe('Sure.');
    expect(parsed.tool_calls).toHaveLength(1);
    const call = parsed.tool_calls?.[0];
    expect(call?.function).toEqual({ name: 'get_weather', arguments: '{"city":"Rome"}' });

    const second = emulateToolsInRequest({
      messages: [
        ...first.request.messages,
        { role: 'assistant', content: parsed.content, tool_calls: parsed.tool_calls ?? [] },
        { role: 'tool', tool_call_id: call?.id ?? '', content: '21°C' },
      ],
      tools,
    });
    const history = second.request.messages;
    const assistantText = history[history.length - 2].content as string;
    expect(parseEmulatedToolCalls(assistantText).tool_calls?.map((c) => c.function)).toEqual([call?.function]);
    expect(history[history.length - 1]).toEqual({ role: 'user', content: `Tool results:\n\n[get_weather (call ${call?.id})]\n21°C` });
    // The system prompt is appended once per conversion, not accumulated.
    expect((history[0].content as string).match(/# Tools/g)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../spec/chat-request.js';
import { bedrockTestContext } from './__fixtures__/test-context.js';
import { bedrockAdapter } from './bedrock-adapter.js';

const PNG = 'iVBORw0KGgo=';

const CONVERSATION: ChatRequest = {
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'developer', content: [{ type: 'text', text: 'Cache me', cache_control: { type: 'ephemeral' } }] },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is in this image, and the weather?' },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
      ],
    },
    {
      role: 'assistant',
      content: 'Let me check.',
      reasoning_details: [
        { type: 'thinking', text: 'Need weather.', signature: 'sig-1' },
        { type: 'thinking', text: 'unsigned, dropped' },
        { type: 'redacted_thinking', data: 'cmVkYWN0ZWQ=' },
      ],
      tool_calls: [{ id: 'call.1:x', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
    },
    { role: 'tool', tool_call_id: 'call.1:x', content: 'sunny' },
    { role: 'user', content: 'Thanks' },
  ],
  tools: [
    {
      type: 'function',
      function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
    },
  ],
  tool_choice: 'required',
  temperature: 0.3,
  top_p: 0.9,
  max_tokens: 500,
  stop: ['END', '  '],
};

describe('bedrockAdapter.buildRequest', () => {
  it('builds the Converse request (snapshot of URL, headers and body)', () => {
    const wire = bedrockAdapter.buildRequest(CONVERSATION, bedrockTestContext());
    expect(wire.url).toBe('https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-sonnet-4-6/converse');
    expect(wire.headers).toEqual({ 'content-type': 'application/json', accept: 'application/json' });
    expect(JSON.parse(wire.body as string)).toEqual({
      messages: [
        {
          role: 'user',
          content: [{ text: 'What is in this image, and the weather?' }, { image: { format: 'png', source: { bytes: PNG } } }],
        },
        {
          role: 'assistant',
          content: [
            { reasoningContent: { reasoningText: { text: 'Need weather.', signature: 'sig-1' } } },
            { reasoningContent: { redactedContent: 'cmVkYWN0ZWQ=' } },
            { text: 'Let me check.' },
            { toolUse: { toolUseId: 'call_1_x', name: 'get_weather', input: { city: 'Paris' } } },
          ],
        },
        {
          role: 'user',
          content: [{ toolResult: { toolUseId: 'call_1_x', content: [{ text: 'sunny' }] } }, { text: 'Thanks' }],
        },
      ],
      system: [{ text: 'You are terse.' }, { text: 'Cache me' }, { cachePoint: { type: 'default' } }],
      inferenceConfig: { maxTokens: 500, temperature: 0.3, topP: 0.9, stopSequences: ['END'] },
      toolConfig: {
        tools: [
          {
            toolSpec: {
              name: 'get_weather',
              description: 'Weather',
              inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } },
            },
          },
        ],
        toolChoice: { any: {} },
      },
    });
    expect(wire.warnings).toEqual([]);
  });

  it('streams to /converse-stream, URL-encodes ARNs and sends a Bedrock API key as Bearer', () => {
    const arn = 'arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0';
    const wire = bedrockAdapter.buildRequest(
      { messages: [{ role: 'user', content: 'hi' }] },
      bedrockTestContext({ model: arn, stream: true, apiKey: 'ABSK-key', endpointOptions: { region: 'us-west-2' } }),
    );
    expect(wire.url).toBe(`https://bedrock-runtime.us-west-2.amazonaws.com/model/${encodeURIComponent(arn)}/converse-stream`);
    expect(wire.url).toContain('arn%3Aaws%3Abedrock%3Aus-west-2%3A123456789012%3Ainference-profile%2Fus.anthropic');
    expect(wire.headers).toMatchObject({ authorization: 'Bearer ABSK-key', accept: 'application/vnd.amazon.eventstream' });
  });

  it('uses an explicit api_base over the region', () => {
    const wire = bedrockAdapter.buildRequest(
      { messages: [{ role: 'user', content: 'hi' }] },
      bedrockTestContext({ apiBase: 'http://127.0.0.1:9/', endpointOptions: { api_base: 'http://127.0.0.1:9/', region: 'eu-west-1' } }),
    );
    expect(wire.url).toBe('http://127.0.0.1:9/model/anthropic.claude-sonnet-4-6/converse');
  });

  it('maps Claude thinking to additionalModelRequestFields and drops what thinking forbids', () => {
    const wire = bedrockAdapter.buildRequest(
      { ...CONVERSATION, thinking: { type: 'enabled', budget_tokens: 500 }, max_tokens: undefined },
      bedrockTestContext(),
    );
    const body = JSON.parse(wire.body as string);
    expect(body.additionalModelRequestFields).toEqual({ thinking: { type: 'enabled', budget_tokens: 1024 } });
    expect(body.inferenceConfig).toEqual({ maxTokens: 1024 + 4096, stopSequences: ['END'] });
    expect(body.toolConfig.toolChoice).toEqual({ auto: {} });
    expect(wire.warnings).toEqual([
      "thinking.budget_tokens: Claude's minimum is 1024; raised from 500",
      'temperature: not allowed while thinking is enabled; dropped',
      'top_p: not allowed while thinking is enabled; dropped',
      'tool_choice: forced tool use is not allowed with thinking; sent as "auto"',
    ]);
  });

  it('maps reasoning_effort to Nova reasoningConfig and merges provider_options.bedrock', () => {
    const wire = bedrockAdapter.buildRequest(
      {
        messages: [{ role: 'user', content: 'hi' }],
        reasoning_effort: 'high',
        response_format: { type: 'json_object' },
        seed: 1,
        provider_options: { bedrock: { additionalModelRequestFields: { top_k: 5 }, requestMetadata: { team: 'a' } } },
      },
      bedrockTestContext({ model: 'us.amazon.nova-2-lite-v1:0' }),
    );
    const body = JSON.parse(wire.body as string);
    expect(body.additionalModelRequestFields).toEqual({ reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' }, top_k: 5 });
    expect(body.requestMetadata).toEqual({ team: 'a' });
    expect(body.system[0].text).toMatch(/^Respond with a single valid JSON object/);
    expect(wire.warnings).toContain('seed: not supported by Bedrock Converse; dropped');
  });

  it('leaves tools out for tool_choice none, and rejects what Bedrock cannot take', () => {
    const body = JSON.parse(
      bedrockAdapter.buildRequest(
        { messages: [{ role: 'user', content: 'hi' }], tools: CONVERSATION.tools, tool_choice: 'none' },
        bedrockTestContext(),
      ).body as string,
    );
    expect(body.toolConfig).toBeUndefined();
    expect(() =>
      bedrockAdapter.buildRequest(
        { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }] },
        bedrockTestContext(),
      ),
    ).toThrowError(
      expect.objectContaining({ kind: 'invalid_request', message: expect.stringContaining('messages[0].content[0].image_url.url') }),
    );
    expect(() =>
      bedrockAdapter.buildRequest(
        {
          messages: [
            { role: 'assistant', content: '', tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{oops' } }] },
          ],
        },
        bedrockTestContext(),
      ),
    ).toThrowError(/tool_calls\[0\]\.function\.arguments: tool call arguments are not valid JSON/);
  });

  it('sends PDFs as documents and s3 images by reference, and inserts a first user turn when needed', () => {
    const body = JSON.parse(
      bedrockAdapter.buildRequest(
        {
          messages: [
            { role: 'assistant', content: 'Hello   ' },
            {
              role: 'user',
              content: [
                { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0=' } },
                { type: 'image_url', image_url: { url: 's3://bucket/cat.JPG' } },
              ],
            },
          ],
        },
        bedrockTestContext(),
      ).body as string,
    );
    expect(body.messages).toEqual([
      { role: 'user', content: [{ text: '.' }] },
      { role: 'assistant', content: [{ text: 'Hello   ' }] },
      {
        role: 'user',
        content: [
          { document: { format: 'pdf', name: 'document-1', source: { bytes: 'JVBERi0=' } } },
          { image: { format: 'jpeg', source: { s3Location: { uri: 's3://bucket/cat.JPG' } } } },
        ],
      },
    ]);
  });
});

describe('bedrockAdapter.parseResponse', () => {
  it('parses text, tool calls, reasoning and cache usage', () => {
    const result = bedrockAdapter.parseResponse(
      {
        output: {
          message: {
            role: 'assistant',
            content: [
              { reasoningContent: { reasoningText: { text: 'Think.', signature: 'SIG' } } },
              { reasoningContent: { redactedContent: 'UkVE' } },
              { text: 'Checking ' },
              { text: 'now.' },
              { toolUse: { toolUseId: 'tooluse_abc', name: 'get_weather', input: { city: 'Paris' } } },
            ],
          },
        },
        stopReason: 'tool_use',
        usage: { inputTokens: 10, outputTokens: 20, totalTokens: 130, cacheReadInputTokens: 100, cacheWriteInputTokens: 0 },
        metrics: { latencyMs: 300 },
      },
      bedrockTestContext(),
    );
    expect(result).toMatchObject({
      content: 'Checking now.',
      reasoning_content: 'Think.',
      reasoning_details: [
        { type: 'thinking', text: 'Think.', signature: 'SIG' },
        { type: 'redacted_thinking', data: 'UkVE' },
      ],
      tool_calls: [{ id: 'tooluse_abc', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      finish_reason: 'tool_calls',
      usage: {
        prompt_tokens: 110,
        completion_tokens: 20,
        total_tokens: 130,
        prompt_tokens_details: { cached_tokens: 100, cache_write_tokens: 0 },
      },
      provider: 'bedrock',
      model: 'anthropic.claude-sonnet-4-6',
    });
  });

  it('maps guardrail stops to content_filter and rejects a body without output', () => {
    const r = bedrockAdapter.parseResponse(
      {
        output: { message: { role: 'assistant', content: [{ text: 'Sorry.' }] } },
        stopReason: 'guardrail_intervened',
        usage: { inputTokens: 1, outputTokens: 1 },
      },
      bedrockTestContext(),
    );
    expect(r.finish_reason).toBe('content_filter');
    expect(() => bedrockAdapter.parseResponse({ message: 'x' }, bedrockTestContext())).toThrowError(
      expect.objectContaining({ kind: 'server' }),
    );
  });
});

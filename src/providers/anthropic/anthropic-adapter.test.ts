import { describe, expect, it } from 'vitest';
import type { AdapterContext } from '../provider-adapter.js';
import { anthropicAdapter } from './anthropic-adapter.js';

const ctx: AdapterContext = {
  provider: 'anthropic',
  model: 'claude-haiku-4-5',
  apiBase: 'https://api.anthropic.com/v1',
  apiKey: 'sk-ant-api03-test',
  stream: false,
  quirks: { temperatureRange: [0, 1] },
  capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true, maxOutputTokens: 64_000 },
};

describe('anthropicAdapter', () => {
  it('declares the anthropic protocol and fetches image URLs itself', () => {
    expect(anthropicAdapter.protocol).toBe('anthropic');
    expect(anthropicAdapter.requiresInlineImages).toBe(false);
  });

  it('builds a POST to /messages with key, version and JSON body', () => {
    const wire = anthropicAdapter.buildRequest({ messages: [{ role: 'user', content: 'Hi' }], temperature: 3 }, ctx);
    expect(wire.url).toBe('https://api.anthropic.com/v1/messages');
    expect(wire.method).toBe('POST');
    expect(wire.headers).toEqual({
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-api-key': 'sk-ant-api03-test',
    });
    expect(JSON.parse(String(wire.body))).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 64_000,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      temperature: 1,
    });
    expect(wire.warnings).toEqual(["temperature: 3 is outside Anthropic's 0–1; sent as 1"]);
  });

  it('asks for an event stream when streaming and omits the key header without a key', () => {
    const wire = anthropicAdapter.buildRequest(
      { messages: [{ role: 'user', content: 'Hi' }] },
      { ...ctx, stream: true, apiKey: undefined },
    );
    expect(wire.headers['x-api-key']).toBeUndefined();
    expect(wire.headers.accept).toBe('text/event-stream');
    expect(JSON.parse(String(wire.body)).stream).toBe(true);
  });

  it('wires parseResponse, createStreamParser and classifyError to the provider name', () => {
    const named = { ...ctx, provider: 'claude-eu' };
    expect(anthropicAdapter.parseResponse({ content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }, named)).toMatchObject({
      content: 'ok',
      finish_reason: 'stop',
      provider: 'claude-eu',
      model: 'claude-haiku-4-5',
    });
    expect(anthropicAdapter.createStreamParser(named).push({ data: '{"type":"message_start","message":{"id":"m1"}}' })).toEqual([
      { provider: 'claude-eu', model: 'claude-haiku-4-5', id: 'm1' },
    ]);
    expect(anthropicAdapter.classifyError({ status: 529, headers: {}, bodyText: '' }, named)).toMatchObject({
      kind: 'overloaded',
      provider: 'claude-eu',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { AdapterContext } from '../provider-adapter.js';
import { geminiAdapter } from './gemini-adapter.js';

const ctx: AdapterContext = {
  provider: 'gemini',
  model: 'gemini-3.5-flash',
  apiBase: 'https://generativelanguage.googleapis.com/v1beta',
  apiKey: 'AIzaSy-test',
  stream: false,
  quirks: { temperatureRange: [0, 2] },
  capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
};

describe('geminiAdapter', () => {
  it('declares the gemini protocol and needs images inlined', () => {
    expect(geminiAdapter.protocol).toBe('gemini');
    expect(geminiAdapter.requiresInlineImages).toBe(true);
  });

  it('builds a generateContent POST with the key header', () => {
    const wire = geminiAdapter.buildRequest({ messages: [{ role: 'user', content: 'Hi' }], temperature: 0.3 }, ctx);
    expect(wire.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/gemini-3.5-flash:generateContent');
    expect(wire.method).toBe('POST');
    expect(wire.headers).toEqual({ 'content-type': 'application/json', 'x-goog-api-key': 'AIzaSy-test' });
    expect(JSON.parse(String(wire.body))).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Hi' }] }],
      generationConfig: { temperature: 0.3 },
    });
    expect(wire.warnings).toEqual([]);
  });

  it('streams through streamGenerateContent?alt=sse and keeps model paths that name a collection', () => {
    const wire = geminiAdapter.buildRequest({ messages: [{ role: 'user', content: 'Hi' }] }, { ...ctx, stream: true, apiKey: undefined });
    expect(wire.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/gemini-3.5-flash:streamGenerateContent?alt=sse');
    expect(wire.headers['x-goog-api-key']).toBeUndefined();
    expect(wire.headers.accept).toBe('text/event-stream');
    const tuned = geminiAdapter.buildRequest(
      { messages: [{ role: 'user', content: 'Hi' }] },
      { ...ctx, model: 'tunedModels/my-model-123' },
    );
    expect(tuned.url).toBe('https://generativelanguage.googleapis.com/v1beta/tunedModels/my-model-123:generateContent');
  });

  it('wires parseResponse, createStreamParser and classifyError to the provider name', () => {
    const named = { ...ctx, provider: 'gemini-backup' };
    expect(
      geminiAdapter.parseResponse({ candidates: [{ content: { parts: [{ text: 'ok' }] }, finishReason: 'STOP' }] }, named),
    ).toMatchObject({ content: 'ok', finish_reason: 'stop', provider: 'gemini-backup', model: 'gemini-3.5-flash' });
    expect(geminiAdapter.createStreamParser(named).push({ data: '{"candidates":[{"content":{"parts":[{"text":"a"}]}}]}' })).toEqual([
      { provider: 'gemini-backup', model: 'gemini-3.5-flash', content: 'a' },
    ]);
    expect(geminiAdapter.classifyError({ status: 503, headers: {}, bodyText: '' }, named)).toMatchObject({
      kind: 'overloaded',
      provider: 'gemini-backup',
    });
  });
});

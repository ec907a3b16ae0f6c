import { describe, expect, it } from 'vitest';
import type { BackendType } from '../../settings/backend-type.js';
import { PRESETS } from '../presets.js';
import type { AdapterContext } from '../provider-adapter.js';
import { openaiCompatibleAdapter } from './openai-compatible-adapter.js';

function ctx(backend: BackendType, over: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: backend,
    model: PRESETS[backend].defaultModels[0] ?? 'm',
    apiBase: PRESETS[backend].baseURL,
    apiKey: 'sk-key',
    stream: false,
    quirks: PRESETS[backend].quirks,
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: false },
    ...over,
  };
}

describe('openaiCompatibleAdapter.buildRequest', () => {
  const request = { messages: [{ role: 'user' as const, content: 'hi' }] };

  it('posts JSON to {apiBase}/chat/completions with a Bearer key', () => {
    const wire = openaiCompatibleAdapter.buildRequest(request, ctx('deepseek'));
    expect(wire).toEqual({
      url: 'https://api.deepseek.com/chat/completions',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-key' },
      body: '{"model":"deepseek-v4-pro","messages":[{"role":"user","content":"hi"}]}',
      warnings: [],
    });
    expect(openaiCompatibleAdapter.protocol).toBe('openai');
  });

  it('uses the quirk key header (Azure api-key) and tolerates a trailing slash', () => {
    const wire = openaiCompatibleAdapter.buildRequest(
      request,
      ctx('azure_openai', { model: 'my-deployment', apiBase: 'https://r.openai.azure.com/openai/v1/' }),
    );
    expect(wire.url).toBe('https://r.openai.azure.com/openai/v1/chat/completions');
    expect(wire.headers).toEqual({ 'content-type': 'application/json', 'api-key': 'sk-key' });
  });

  it('sends no auth header without a key (local servers)', () => {
    const wire = openaiCompatibleAdapter.buildRequest(request, ctx('local', { apiKey: undefined, model: 'llama3.3' }));
    expect(wire.headers).toEqual({ 'content-type': 'application/json' });
    expect(wire.url).toBe('http://localhost:11434/v1/chat/completions');
  });
});

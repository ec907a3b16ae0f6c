import { describe, expect, it } from 'vitest';
import type { AdapterContext } from '../provider-adapter.js';
import { classifyVertexError } from './classify-vertex-error.js';
import { vertexAnthropicAdapter } from './vertex-anthropic-adapter.js';
import { vertexGeminiAdapter } from './vertex-gemini-adapter.js';
import { vertexApiRoot, vertexModelUrl } from './vertex-url.js';

function ctx(overrides: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: 'vertex',
    model: 'gemini-2.5-flash',
    apiBase: 'https://aiplatform.googleapis.com/v1',
    apiKey: 'ya29.token',
    stream: false,
    quirks: {},
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
    endpointOptions: { region: 'europe-west4', credentials: { project_id: 'acme-prod' } },
    ...overrides,
  };
}

describe('Vertex URLs', () => {
  it('picks regional, global and multi-region hosts, or an explicit api_base', () => {
    expect(vertexApiRoot(ctx())).toBe('https://europe-west4-aiplatform.googleapis.com/v1');
    expect(vertexApiRoot(ctx({ endpointOptions: {} }))).toBe('https://aiplatform.googleapis.com/v1');
    expect(vertexApiRoot(ctx({ endpointOptions: { region: 'global' } }))).toBe('https://aiplatform.googleapis.com/v1');
    expect(vertexApiRoot(ctx({ endpointOptions: { location: 'eu' } }))).toBe('https://aiplatform.eu.rep.googleapis.com/v1');
    expect(
      vertexApiRoot(
        ctx({ apiBase: 'http://127.0.0.1:1/v1/', endpointOptions: { api_base: 'http://127.0.0.1:1/v1/', region: 'us-east5' } }),
      ),
    ).toBe('http://127.0.0.1:1/v1');
  });

  it('builds publisher model URLs, keeps "@" in Claude ids, supports express mode and resource paths', () => {
    expect(vertexModelUrl(ctx({ model: 'claude-haiku-4-5@20251001' }), 'anthropic', 'rawPredict')).toBe(
      'https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-prod/locations/europe-west4/publishers/anthropic/models/claude-haiku-4-5@20251001:rawPredict',
    );
    expect(
      vertexModelUrl(ctx({ endpointOptions: { project: 'p2', credentials: { project_id: 'ignored' } } }), 'google', 'generateContent'),
    ).toBe('https://aiplatform.googleapis.com/v1/projects/p2/locations/global/publishers/google/models/gemini-2.5-flash:generateContent');
    expect(vertexModelUrl(ctx({ apiKey: 'AIzaExpressKey', endpointOptions: {} }), 'google', 'generateContent')).toBe(
      'https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-2.5-flash:generateContent',
    );
    expect(vertexModelUrl(ctx({ model: 'projects/acme-prod/locations/europe-west4/endpoints/123' }), 'google', 'generateContent')).toBe(
      'https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-prod/locations/europe-west4/endpoints/123:generateContent',
    );
    expect(() => vertexModelUrl(ctx({ endpointOptions: {} }), 'anthropic', 'rawPredict')).toThrowError(
      expect.objectContaining({ kind: 'invalid_request', code: 'vertex_project_missing' }),
    );
  });
});

describe('vertexGeminiAdapter', () => {
  it('sends the Gemini body to the Vertex URL with a Bearer token', () => {
    const wire = vertexGeminiAdapter.buildRequest(
      {
        messages: [
          { role: 'system', content: 'Be brief' },
          { role: 'user', content: 'hi' },
        ],
      },
      ctx({ stream: true }),
    );
    expect(wire.url).toBe(
      'https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-prod/locations/europe-west4/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
    );
    expect(wire.headers).toMatchObject({ authorization: 'Bearer ya29.token', accept: 'text/event-stream' });
    expect(wire.headers['x-goog-api-key']).toBeUndefined();
    const body = JSON.parse(wire.body as string);
    expect(body.contents).toEqual([{ role: 'user', parts: [{ text: 'hi' }] }]);
    expect(body.systemInstruction).toBeDefined();
  });

  it('sends an express-mode API key as x-goog-api-key', () => {
    const wire = vertexGeminiAdapter.buildRequest({ messages: [{ role: 'user', content: 'hi' }] }, ctx({ apiKey: 'AIzaSyExample' }));
    expect(wire.headers['x-goog-api-key']).toBe('AIzaSyExample');
    expect(wire.headers.authorization).toBeUndefined();
  });
});

describe('vertexAnthropicAdapter', () => {
  it('drops model, adds anthropic_version and refuses image URLs', () => {
    const wire = vertexAnthropicAdapter.buildRequest(
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'hi' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            ],
          },
        ],
        max_tokens: 100,
      },
      ctx({ model: 'claude-sonnet-4-6', stream: true }),
    );
    expect(wire.url).toMatch(/\/publishers\/anthropic\/models\/claude-sonnet-4-6:streamRawPredict$/);
    expect(wire.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer ya29.token', accept: 'text/event-stream' });
    expect(JSON.parse(wire.body as string)).toEqual({
      anthropic_version: 'vertex-2023-10-16',
      max_tokens: 100,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hi' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
          ],
        },
      ],
      stream: true,
    });
    expect(() =>
      vertexAnthropicAdapter.buildRequest(
        { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }] },
        ctx({ model: 'claude-sonnet-4-6' }),
      ),
    ).toThrowError(expect.objectContaining({ kind: 'invalid_request' }));
  });
});

describe('classifyVertexError', () => {
  it('uses Google classification for platform errors and Anthropic for Claude bodies', () => {
    const quota = classifyVertexError(
      {
        status: 429,
        headers: {},
        bodyText:
          '{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model","status":"RESOURCE_EXHAUSTED"}}',
      },
      'vertex',
    );
    expect(quota).toMatchObject({ kind: 'rate_limit', code: 'RESOURCE_EXHAUSTED' });
    const unauth = classifyVertexError(
      {
        status: 401,
        headers: {},
        bodyText: '{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}',
      },
      'vertex',
    );
    expect(unauth.kind).toBe('auth');
    const overloaded = classifyVertexError(
      { status: 529, headers: {}, bodyText: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' },
      'vertex',
    );
    expect(overloaded).toMatchObject({ kind: 'overloaded', code: 'overloaded_error' });
    const tooLong = classifyVertexError(
      {
        status: 400,
        headers: {},
        bodyText:
          '{"error":{"code":400,"message":"The input token count (2000000) exceeds the maximum number of tokens allowed (1048576).","status":"INVALID_ARGUMENT"}}',
      },
      'vertex',
    );
    expect(tooLong.kind).toBe('context_length');
  });
});

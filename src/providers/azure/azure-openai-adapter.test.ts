import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets.js';
import type { AdapterContext } from '../provider-adapter.js';
import { azureOpenAIAdapter } from './azure-openai-adapter.js';
import { resolveAzureTarget } from './azure-url.js';

function ctx(overrides: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: 'azure_openai',
    model: 'prod-gpt4o',
    apiBase: 'https://contoso.openai.azure.com',
    apiKey: 'k',
    stream: false,
    quirks: PRESETS.azure_openai.quirks,
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
    endpointOptions: { api_base: 'https://contoso.openai.azure.com' },
    ...overrides,
  };
}

describe('resolveAzureTarget', () => {
  const url = (apiBase: string, extra: Record<string, unknown> = {}, model = 'prod-gpt4o') =>
    resolveAzureTarget(ctx({ apiBase, model, endpointOptions: { api_base: apiBase, ...extra } })).url;

  it('builds deployment URLs from a resource root at any depth', () => {
    expect(url('https://contoso.openai.azure.com')).toBe(
      'https://contoso.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2024-10-21',
    );
    expect(url('https://contoso.openai.azure.com/openai/')).toBe(
      'https://contoso.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2024-10-21',
    );
    expect(url('https://contoso.cognitiveservices.azure.com', { api_version: '2025-04-01-preview' })).toBe(
      'https://contoso.cognitiveservices.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2025-04-01-preview',
    );
    expect(url('https://contoso.openai.azure.com/openai/deployments/fixed')).toBe(
      'https://contoso.openai.azure.com/openai/deployments/fixed/chat/completions?api-version=2024-10-21',
    );
    expect(url('https://contoso.openai.azure.com', {}, 'my deploy')).toContain('/deployments/my%20deploy/');
  });

  it('uses the v1 API for …/openai/v1 bases or api_version v1/preview', () => {
    expect(
      resolveAzureTarget(
        ctx({
          apiBase: 'https://contoso.openai.azure.com/openai/v1',
          endpointOptions: { api_base: 'https://contoso.openai.azure.com/openai/v1/' },
        }),
      ),
    ).toEqual({
      url: 'https://contoso.openai.azure.com/openai/v1/chat/completions',
      style: 'v1',
    });
    expect(url('https://contoso.openai.azure.com/openai/v1', { api_version: 'preview' })).toBe(
      'https://contoso.openai.azure.com/openai/v1/chat/completions?api-version=preview',
    );
    expect(url('https://contoso.openai.azure.com', { api_version: 'v1' })).toBe(
      'https://contoso.openai.azure.com/openai/v1/chat/completions',
    );
  });

  it('fills the preset base from resource_name, and explains a missing resource', () => {
    const preset = PRESETS.azure_openai.baseURL;
    expect(resolveAzureTarget(ctx({ apiBase: preset, endpointOptions: { resource_name: 'fabrikam' } })).url).toBe(
      'https://fabrikam.openai.azure.com/openai/v1/chat/completions',
    );
    // AZURE_OPENAI_ENDPOINT arrives as endpointOptions.api_base while ctx.apiBase is still the template.
    expect(resolveAzureTarget(ctx({ apiBase: preset, endpointOptions: { api_base: 'https://envres.openai.azure.com' } })).url).toBe(
      'https://envres.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2024-10-21',
    );
    expect(() => resolveAzureTarget(ctx({ apiBase: preset, endpointOptions: {} }))).toThrowError(
      expect.objectContaining({
        kind: 'invalid_request',
        code: 'azure_endpoint_missing',
        message: expect.stringContaining('AZURE_OPENAI_ENDPOINT'),
      }),
    );
  });
});

describe('azureOpenAIAdapter', () => {
  it('sends OpenAI bodies with the api-key header (also for non-Azure quirks)', () => {
    const wire = azureOpenAIAdapter.buildRequest(
      { messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 },
      ctx({ quirks: PRESETS.openai.quirks }),
    );
    expect(wire.url).toBe('https://contoso.openai.azure.com/openai/deployments/prod-gpt4o/chat/completions?api-version=2024-10-21');
    expect(wire.headers).toMatchObject({ 'api-key': 'k', 'content-type': 'application/json' });
    expect(wire.headers.authorization).toBeUndefined();
    expect(JSON.parse(wire.body as string)).toMatchObject({ model: 'prod-gpt4o', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('parses prompt_filter_results-annotated responses and content_filter finishes', () => {
    const r = azureOpenAIAdapter.parseResponse(
      {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        model: 'gpt-4o-2024-11-20',
        prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }],
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'partial' },
            finish_reason: 'content_filter',
            content_filter_results: { violence: { filtered: true, severity: 'high' } },
          },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
      },
      ctx(),
    );
    expect(r).toMatchObject({ content: 'partial', finish_reason: 'content_filter', usage: { total_tokens: 4 } });
  });

  it('classifies the content-filter 400, x-ms-retry-after-ms and a missing deployment', () => {
    const filtered = azureOpenAIAdapter.classifyError(
      {
        status: 400,
        headers: {},
        bodyText: JSON.stringify({
          error: {
            message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
            param: 'prompt',
            code: 'content_filter',
            status: 400,
            innererror: { code: 'ResponsibleAIPolicyViolation', content_filter_result: {} },
          },
        }),
      },
      ctx(),
    );
    expect(filtered).toMatchObject({ kind: 'content_policy', status: 400, retryable: false });
    const limited = azureOpenAIAdapter.classifyError(
      {
        status: 429,
        headers: { 'x-ms-retry-after-ms': '1500' },
        bodyText:
          '{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation ... have exceeded token rate limit"}}',
      },
      ctx(),
    );
    expect(limited).toMatchObject({ kind: 'rate_limit', retryAfterMs: 1500 });
    const missing = azureOpenAIAdapter.classifyError(
      {
        status: 404,
        headers: {},
        bodyText: '{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}',
      },
      ctx(),
    );
    expect(missing.kind).toBe('not_found');
    const badKey = azureOpenAIAdapter.classifyError(
      {
        status: 401,
        headers: {},
        bodyText: '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}',
      },
      ctx(),
    );
    expect(badKey.kind).toBe('auth');
  });
});

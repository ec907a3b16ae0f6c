import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearEntraTokenProviders } from '../../../auth/azure-request-signer.js';
import { clearGoogleTokenProviders } from '../../../auth/google-credentials.js';
import { registerFraming, setRequestSigner } from '../../../client/call-upstream.js';
import { createChatClient } from '../../../client/create-chat-client.js';
import { registerAdapter } from '../../../providers/adapter-registry.js';
import { installCloudProviders } from '../../../providers/cloud-auth.js';
import type { StreamDelta } from '../../../spec/stream-delta.js';
import type { FakeUpstream } from '../fake-upstream.js';
import { startFakeUpstream } from '../start-fake-upstream.js';
import { createAzureProtocol } from './azure-protocol.js';
import { createBedrockProtocol, FAKE_AWS_CREDENTIALS } from './bedrock/bedrock-protocol.js';
import { type FakeTokenServer, startFakeTokenServer } from './fake-token-server.js';
import { createVertexAnthropicProtocol, createVertexGeminiProtocol } from './vertex-protocols.js';

/**
 * End to end through the public client: settings → createChatClient → cloud adapter → request
 * signer (SigV4 / OAuth tokens from a local token server) → fake cloud upstream that verifies the
 * auth the way the real service does → parsed result / stream.
 */

const SA_EMAIL = 'e2e@demo-project.iam.gserviceaccount.com';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SA_PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const STS = { accessKeyId: 'ASIATEMPORARY0001', secretAccessKey: 'temp/secret', sessionToken: 'session-token-1' };

let fake: FakeUpstream;
let tokens: FakeTokenServer;

beforeAll(async () => {
  installCloudProviders({ registerAdapter, registerFraming, setRequestSigner });
  clearGoogleTokenProviders();
  clearEntraTokenProviders();
  tokens = await startFakeTokenServer({
    serviceAccounts: { [SA_EMAIL]: keys.publicKey },
    entraClients: { 'tenant-e2e': { 'app-e2e': 'app-secret' } },
  });
  fake = await startFakeUpstream();
  // Stricter instances than the defaults: only tokens the token server issued, specific keys.
  fake.registerProtocol(createAzureProtocol({ apiKeys: ['azure-key-1'], acceptToken: (t) => tokens.isIssued(t) }));
  fake.registerProtocol(createVertexGeminiProtocol({ acceptToken: (t) => tokens.isIssued(t), project: 'demo-project' }));
  fake.registerProtocol(createVertexAnthropicProtocol({ acceptToken: (t) => tokens.isIssued(t), project: 'demo-project' }));
  fake.registerProtocol(
    createBedrockProtocol({
      credentials: { [FAKE_AWS_CREDENTIALS.accessKeyId]: FAKE_AWS_CREDENTIALS.secretAccessKey, [STS.accessKeyId]: STS.secretAccessKey },
      sessionTokens: { [STS.accessKeyId]: STS.sessionToken },
      apiKeys: ['ABSKbedrock-api-key'],
      region: 'eu-west-1',
    }),
  );
});

afterAll(async () => {
  setRequestSigner(undefined);
  await fake?.close();
  await tokens?.close();
});

function settings() {
  return {
    VERSION: '2',
    endpoints: [
      { id: 'azure-key', endpoint_type: 'azure_openai', api_base: fake.url, api_key: 'azure-key-1', api_version: '2024-10-21' },
      {
        id: 'azure-entra',
        is_azure: true,
        api_base: fake.url,
        credentials: { tenant_id: 'tenant-e2e', client_id: 'app-e2e', client_secret: 'app-secret', authority_host: tokens.entraAuthority },
      },
      {
        id: 'vertex-sa',
        endpoint_type: 'vertex',
        api_base: `${fake.url}/v1`,
        region: 'us-central1',
        credentials: {
          type: 'service_account',
          project_id: 'demo-project',
          client_email: SA_EMAIL,
          private_key: SA_PRIVATE_KEY,
          token_uri: tokens.googleTokenUrl,
        },
      },
      {
        id: 'vertex-claude',
        endpoint_type: 'anthropic_vertex',
        api_base: `${fake.url}/v1`,
        region: 'us-east5',
        credentials: {
          type: 'service_account',
          project_id: 'demo-project',
          client_email: SA_EMAIL,
          private_key: SA_PRIVATE_KEY,
          token_uri: tokens.googleTokenUrl,
        },
      },
      {
        id: 'bedrock-keys',
        endpoint_type: 'bedrock',
        api_base: fake.url,
        region: 'eu-west-1',
        credentials: { access_key_id: FAKE_AWS_CREDENTIALS.accessKeyId, secret_access_key: FAKE_AWS_CREDENTIALS.secretAccessKey },
      },
      {
        id: 'bedrock-sts',
        is_bedrock: true,
        api_base: fake.url,
        region: 'eu-west-1',
        credentials: { accessKeyId: STS.accessKeyId, secretAccessKey: STS.secretAccessKey, sessionToken: STS.sessionToken },
      },
      { id: 'bedrock-apikey', endpoint_type: 'bedrock', api_base: fake.url, region: 'eu-west-1', api_key: 'ABSKbedrock-api-key' },
      {
        id: 'bedrock-wrong',
        endpoint_type: 'bedrock',
        api_base: fake.url,
        region: 'eu-west-1',
        credentials: { access_key_id: FAKE_AWS_CREDENTIALS.accessKeyId, secret_access_key: 'not-the-secret' },
      },
    ],
    backends: {
      azure_openai: {
        models: {
          'gpt-4o': { id: 'prod-gpt4o', endpoints: ['azure-key', { endpoint_id: 'azure-entra', model_id: 'entra-gpt4o' }] },
        },
      },
      vertex: {
        models: {
          'gemini-2.5-flash': { id: 'gemini-2.5-flash', endpoints: ['vertex-sa'] },
          'claude-sonnet-4-6': { id: 'claude-sonnet-4-6@20250929', endpoints: ['vertex-claude'], max_output_tokens: 2048 },
        },
      },
      bedrock: {
        models: {
          'claude-haiku': {
            id: 'anthropic.claude-haiku-4-5-20251001-v1:0',
            endpoints: ['bedrock-keys', 'bedrock-sts', 'bedrock-apikey', 'bedrock-wrong'],
          },
        },
      },
    },
  };
}

async function collect(stream: AsyncIterable<StreamDelta>) {
  let content = '';
  let reasoning = '';
  let finish: StreamDelta['finish_reason'];
  let usage: StreamDelta['usage'];
  const calls = new Map<number, { id?: string; name?: string; arguments: string }>();
  for await (const d of stream) {
    content += d.content ?? '';
    reasoning += d.reasoning_content ?? '';
    for (const c of d.tool_calls ?? []) {
      const cur = calls.get(c.index) ?? { arguments: '' };
      cur.id ??= c.id;
      cur.name ??= c.function?.name;
      cur.arguments += c.function?.arguments ?? '';
      calls.set(c.index, cur);
    }
    if (d.finish_reason) finish = d.finish_reason;
    if (d.usage) usage = d.usage;
  }
  return { content, reasoning, finish, usage, toolCalls: [...calls.values()] };
}

const last = () => fake.requests.at(-1);

describe('Azure OpenAI end to end', () => {
  it('completes on a deployment URL with api-key', async () => {
    const client = createChatClient('azure_openai', { model: 'gpt-4o', endpointId: 'azure-key', settings: settings() });
    const r = await client.createCompletion({ messages: [{ role: 'user', content: 'Hi Azure' }] });
    expect(r.content).toBe('Hello from prod-gpt4o! You said: Hi Azure');
    expect(r.finish_reason).toBe('stop');
    expect(r.usage.total_tokens).toBeGreaterThan(0);
    expect(last()).toMatchObject({
      protocol: 'azure_openai',
      path: '/openai/deployments/prod-gpt4o/chat/completions',
      query: 'api-version=2024-10-21',
      status: 200,
    });
    expect(last()?.headers['api-key']).toBe('azure-key-1');
  });

  it('streams with an Entra token (deployment from the endpoint ref model_id)', async () => {
    const client = createChatClient('azure_openai', { model: 'gpt-4o', endpointId: 'azure-entra', settings: settings() });
    const out = await collect(client.createStream({ messages: [{ role: 'user', content: 'stream please' }] }));
    expect(out.content).toBe('Hello from entra-gpt4o! You said: stream please');
    expect(out.finish).toBe('stop');
    const req = last();
    expect(req?.path).toBe('/openai/deployments/entra-gpt4o/chat/completions');
    expect(req?.headers['api-key']).toBeUndefined();
    expect(tokens.isIssued(String(req?.headers.authorization).replace('Bearer ', ''))).toBe(true);
  });

  it('classifies Azure content-filter and rate-limit errors', async () => {
    const client = createChatClient('azure_openai', { model: 'gpt-4o', endpointId: 'azure-key', settings: settings() });
    fake.addRule({ match: { protocol: 'azure_openai' }, times: 1, error: 'content_filter' });
    await expect(client.createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'content_policy',
      status: 400,
    });
    fake.addRule({ match: { protocol: 'azure_openai' }, times: 1, error: 'rate_limit' });
    await expect(client.createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'rate_limit',
      retryAfterMs: 6000,
    });
    fake.addRule({ match: { protocol: 'azure_openai' }, times: 1, reply: { finishReason: 'content_filter' } });
    expect((await client.createCompletion({ messages: [{ role: 'user', content: 'x' }] })).finish_reason).toBe('content_filter');
  });
});

describe('Vertex AI end to end', () => {
  it('completes Gemini with a service-account token', async () => {
    const client = createChatClient('vertex', { model: 'gemini-2.5-flash', settings: settings() });
    const r = await client.createCompletion({ messages: [{ role: 'user', content: 'Hi Vertex' }] });
    expect(r.content).toBe('Hello from gemini-2.5-flash! You said: Hi Vertex');
    expect(last()).toMatchObject({
      protocol: 'vertex_gemini',
      path: '/v1/projects/demo-project/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent',
      status: 200,
    });
    expect(tokens.isIssued(String(last()?.headers.authorization).replace('Bearer ', ''))).toBe(true);
  });

  it('streams Gemini over SSE', async () => {
    const client = createChatClient('vertex', { model: 'gemini-2.5-flash', settings: settings() });
    const out = await collect(client.createStream({ messages: [{ role: 'user', content: 'stream' }] }));
    expect(out.content).toBe('Hello from gemini-2.5-flash! You said: stream');
    expect(out.finish).toBe('stop');
    expect(last()?.path).toMatch(/:streamGenerateContent$/);
    expect(last()?.query).toBe('alt=sse');
  });

  it('completes and streams Claude via rawPredict / streamRawPredict (tools, thinking)', async () => {
    const client = createChatClient('vertex', { model: 'claude-sonnet-4-6', settings: settings() });
    const r = await client.createCompletion({
      messages: [{ role: 'user', content: 'What is the weather? use the tool' }],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
        },
      ],
    });
    expect(r.tool_calls?.[0]).toMatchObject({ type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } });
    expect(r.finish_reason).toBe('tool_calls');
    const sent = last();
    expect(sent?.path).toBe(
      '/v1/projects/demo-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-6@20250929:rawPredict',
    );
    expect(sent?.body).toMatchObject({ anthropic_version: 'vertex-2023-10-16' });
    expect(sent?.body).not.toHaveProperty('model');

    const out = await collect(
      client.createStream({ messages: [{ role: 'user', content: 'think first' }], thinking: { type: 'enabled', budget_tokens: 1024 } }),
    );
    expect(out.content).toBe('Hello from claude-sonnet-4-6@20250929! You said: think first');
    expect(out.reasoning.length).toBeGreaterThan(0);
    expect(last()?.path).toMatch(/:streamRawPredict$/);
  });

  it('maps Vertex quota errors to rate_limit and a rejected token to auth', async () => {
    const client = createChatClient('vertex', { model: 'gemini-2.5-flash', settings: settings() });
    fake.addRule({ match: { protocol: 'vertex_gemini' }, times: 1, error: 'rate_limit' });
    await expect(client.createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'rate_limit',
      status: 429,
    });
    const s = settings();
    (s.endpoints as Record<string, unknown>[])[2] = {
      ...s.endpoints[2],
      project: 'demo-project',
      credentials: { access_token: 'ya29.not-issued' },
    };
    const bad = createChatClient('vertex', { model: 'gemini-2.5-flash', settings: s });
    await expect(bad.createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ kind: 'auth', status: 401 });
  });
});

describe('AWS Bedrock end to end', () => {
  const ask = (endpointId: string) => createChatClient('bedrock', { model: 'claude-haiku', endpointId, settings: settings() });

  it('completes with SigV4 (model id with ":" double-encoded in the signature)', async () => {
    const r = await ask('bedrock-keys').createCompletion({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi Bedrock' },
      ],
    });
    expect(r.content).toBe('Hello from anthropic.claude-haiku-4-5-20251001-v1:0! You said: Hi Bedrock');
    expect(r.finish_reason).toBe('stop');
    expect(r.usage.prompt_tokens).toBeGreaterThan(0);
    const req = last();
    expect(req).toMatchObject({ protocol: 'bedrock', path: '/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse', status: 200 });
    expect(String(req?.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAFAKEUPSTREAM0001\/\d{8}\/eu-west-1\/bedrock\/aws4_request, SignedHeaders=accept;content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('streams the binary event stream with tool calls (temporary credentials)', async () => {
    const out = await collect(
      ask('bedrock-sts').createStream({
        messages: [{ role: 'user', content: 'weather tool please' }],
        tools: [
          {
            type: 'function',
            function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
          },
        ],
      }),
    );
    expect(out.toolCalls).toEqual([{ id: expect.stringMatching(/^tooluse_/), name: 'get_weather', arguments: '{"city":"Paris"}' }]);
    expect(out.finish).toBe('tool_calls');
    expect(out.usage?.total_tokens).toBeGreaterThan(0);
    expect(last()).toMatchObject({ path: '/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse-stream', status: 200 });
    expect(last()?.headers['x-amz-security-token']).toBe(STS.sessionToken);
  });

  it('streams text and reasoning with a Bedrock API key (Bearer)', async () => {
    const out = await collect(
      ask('bedrock-apikey').createStream({
        messages: [{ role: 'user', content: 'hello' }],
        thinking: { type: 'enabled', budget_tokens: 2048 },
      }),
    );
    expect(out.content).toBe('Hello from anthropic.claude-haiku-4-5-20251001-v1:0! You said: hello');
    expect(out.reasoning.length).toBeGreaterThan(0);
    expect(out.finish).toBe('stop');
    expect(last()?.headers.authorization).toBe('Bearer ABSKbedrock-api-key');
  });

  it('gets a Bedrock-style 403 for a wrong secret, and throttling / in-stream exceptions classified', async () => {
    await expect(ask('bedrock-wrong').createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'auth',
      status: 403,
      code: 'InvalidSignatureException',
    });
    fake.addRule({ match: { protocol: 'bedrock' }, times: 1, error: 'rate_limit' });
    await expect(ask('bedrock-keys').createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'rate_limit',
      status: 429,
      code: 'ThrottlingException',
    });
    fake.addRule({ match: { protocol: 'bedrock' }, times: 1, error: 'overloaded' });
    await expect(ask('bedrock-keys').createCompletion({ messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      kind: 'overloaded',
      status: 503,
    });
    fake.addRule({
      match: { protocol: 'bedrock' },
      times: 1,
      streamError: { afterChunks: 2, body: { exceptionType: 'throttlingException', message: 'Too many tokens' } },
    });
    await expect(collect(ask('bedrock-keys').createStream({ messages: [{ role: 'user', content: 'x' }] }))).rejects.toMatchObject({
      kind: 'rate_limit',
    });
    fake.addRule({ match: { protocol: 'bedrock' }, times: 1, malformedChunk: 2 });
    await expect(collect(ask('bedrock-keys').createStream({ messages: [{ role: 'user', content: 'x' }] }))).rejects.toMatchObject({
      kind: 'server',
      code: 'eventstream_corrupt',
    });
  });
});

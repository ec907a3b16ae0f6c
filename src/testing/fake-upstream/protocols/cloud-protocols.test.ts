import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAwsRequest } from '../../../auth/aws-sigv4.js';
import type { FakeUpstream } from '../fake-upstream.js';
import { startFakeUpstream } from '../start-fake-upstream.js';
import { FAKE_AWS_CREDENTIALS } from './bedrock/bedrock-protocol.js';
import { encodeEventFrame } from './bedrock/encode-event-frame.js';

let fake: FakeUpstream;
beforeAll(async () => {
  fake = await startFakeUpstream();
});
afterAll(() => fake.close());

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await request(`${fake.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, text: text.toString('utf8'), bytes: text };
}

function signedHeaders(path: string, body: unknown, secret: string = FAKE_AWS_CREDENTIALS.secretAccessKey): Record<string, string> {
  const signed = signAwsRequest(
    { method: 'POST', url: `${fake.url}${path}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { service: 'bedrock', region: 'us-east-1', credentials: { accessKeyId: FAKE_AWS_CREDENTIALS.accessKeyId, secretAccessKey: secret } },
  );
  return signed.headers;
}

const CONVERSE = { messages: [{ role: 'user', content: [{ text: 'hi' }] }] };

describe('default cloud protocols in every fake server', () => {
  it('Bedrock: verifies SigV4 and answers Converse JSON', async () => {
    const path = '/model/amazon.nova-lite-v1%3A0/converse';
    const r = await post(path, CONVERSE, signedHeaders(path, CONVERSE));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({
      output: { message: { role: 'assistant', content: [{ text: 'Hello from amazon.nova-lite-v1:0! You said: hi' }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number) },
    });
    expect(fake.requests.at(-1)).toMatchObject({
      protocol: 'bedrock',
      model: 'amazon.nova-lite-v1:0',
      apiKey: FAKE_AWS_CREDENTIALS.accessKeyId,
    });
  });

  it('Bedrock: 403s a bad signature, a missing Authorization and validates the body', async () => {
    const path = '/model/m/converse';
    const bad = await post(path, CONVERSE, signedHeaders(path, CONVERSE, 'wrong'));
    expect(bad.status).toBe(403);
    expect(bad.headers['x-amzn-errortype']).toMatch(/^InvalidSignatureException:/);
    expect(JSON.parse(bad.text).message).toMatch(/signature we calculated does not match/);
    const none = await post(path, CONVERSE);
    expect(none.status).toBe(403);
    expect(none.headers['x-amzn-errortype']).toMatch(/^MissingAuthenticationTokenException:/);
    const withModel = { ...CONVERSE, model: 'm' };
    const extraneous = await post(path, withModel, signedHeaders(path, withModel));
    expect(extraneous.status).toBe(400);
    expect(JSON.parse(extraneous.text).message).toMatch(/extraneous key \[model\]/);
    const assistantFirst = { messages: [{ role: 'assistant', content: [{ text: 'x' }] }] };
    const shape = await post(path, assistantFirst, signedHeaders(path, assistantFirst));
    expect(JSON.parse(shape.text).message).toMatch(/must start with a user message/);
  });

  it('Bedrock: streams binary frames the official codec decodes', async () => {
    const path = '/model/m/converse-stream';
    const r = await post(path, CONVERSE, signedHeaders(path, CONVERSE));
    expect(r.headers['content-type']).toBe('application/vnd.amazon.eventstream');
    const codec = new EventStreamCodec(toUtf8, fromUtf8);
    const events: string[] = [];
    let offset = 0;
    while (offset < r.bytes.length) {
      const len = r.bytes.readUInt32BE(offset);
      const msg = codec.decode(r.bytes.subarray(offset, offset + len));
      events.push(String(msg.headers[':event-type']?.value));
      offset += len;
    }
    expect(events[0]).toBe('messageStart');
    expect(events.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    expect(events).toContain('contentBlockDelta');
  });

  it('the fake frame encoder matches the official codec byte for byte', () => {
    const codec = new EventStreamCodec(toUtf8, fromUtf8);
    const headers = { ':event-type': 'metadata', ':content-type': 'application/json', ':message-type': 'event' };
    const payload = '{"usage":{"inputTokens":1}}';
    const official = codec.encode({
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, { type: 'string' as const, value: v }])),
      body: fromUtf8(payload),
    });
    expect(Buffer.from(encodeEventFrame(headers, payload)).equals(Buffer.from(official))).toBe(true);
  });

  it('Azure: claims deployment URLs, and the v1 route only with api-key (Groq keeps /openai/v1)', async () => {
    const body = { messages: [{ role: 'user', content: 'hi' }] };
    const dep = await post('/openai/deployments/dep-1/chat/completions?api-version=2024-10-21', body, { 'api-key': 'k' });
    expect(dep.status).toBe(200);
    expect(JSON.parse(dep.text)).toMatchObject({ model: 'dep-1', prompt_filter_results: [{ prompt_index: 0 }] });
    const noVersion = await post('/openai/deployments/dep-1/chat/completions', body, { 'api-key': 'k' });
    expect(noVersion.status).toBe(404);
    const noKey = await post('/openai/deployments/dep-1/chat/completions?api-version=2024-10-21', body);
    expect(noKey.status).toBe(401);
    expect(JSON.parse(noKey.text).error.message).toMatch(/invalid subscription key/);
    await post('/openai/v1/chat/completions', { model: 'llama-3.1-8b-instant', ...body }, { authorization: 'Bearer gsk_x' });
    expect(fake.requests.at(-1)?.protocol).toBe('openai');
    await post('/openai/v1/chat/completions', { model: 'dep-2', ...body }, { 'api-key': 'k' });
    expect(fake.requests.at(-1)?.protocol).toBe('azure_openai');
  });

  it('Vertex: Gemini needs a token; Claude rejects a body with model or without anthropic_version', async () => {
    const gem = '/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash:generateContent';
    const contents = { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] };
    expect((await post(gem, contents)).status).toBe(401);
    expect((await post(gem, contents, { authorization: 'Bearer ya29.any' })).status).toBe(200);
    const claude = '/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-haiku-4-5@20251001:rawPredict';
    const messages = { max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] };
    const auth = { authorization: 'Bearer ya29.any' };
    expect((await post(claude, { anthropic_version: 'vertex-2023-10-16', ...messages }, auth)).status).toBe(200);
    const withModel = await post(claude, { anthropic_version: 'vertex-2023-10-16', model: 'claude', ...messages }, auth);
    expect(withModel.status).toBe(400);
    expect(withModel.text).toMatch(/model: Extra inputs are not permitted/);
    expect((await post(claude, messages, auth)).text).toMatch(/anthropic_version/);
    expect(fake.requests.at(-1)).toMatchObject({ protocol: 'vertex_anthropic', model: 'claude-haiku-4-5@20251001' });
  });
});

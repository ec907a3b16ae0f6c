import { ApiError, FunctionCallingConfigMode, GoogleGenAI, Type } from '@google/genai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errors } from './errors/index.js';
import type { FakeUpstream } from './fake-upstream.js';
import { startFakeUpstream } from './start-fake-upstream.js';

const weather = {
  functionDeclarations: [
    {
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING }, days: { type: Type.INTEGER } }, required: ['city'] },
    },
  ],
};

describe('fake upstream × official @google/genai', () => {
  let fake: FakeUpstream;
  let ai: GoogleGenAI;

  beforeAll(async () => {
    fake = await startFakeUpstream();
    ai = new GoogleGenAI({ apiKey: 'AIza-test', httpOptions: { baseUrl: fake.url } });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('generateContent returns text and usage; the log has the model from the URL and the x-goog-api-key', async () => {
    const res = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Hi Gemini',
      config: { systemInstruction: 'Be nice' },
    });
    expect(res.text).toBe('Hello from gemini-2.5-flash! You said: Hi Gemini');
    expect(res.candidates?.[0].finishReason).toBe('STOP');
    const u = res.usageMetadata;
    expect(u?.totalTokenCount).toBe((u?.promptTokenCount ?? 0) + (u?.candidatesTokenCount ?? 0));
    expect(fake.requests[0]).toMatchObject({
      protocol: 'gemini',
      path: '/v1beta/models/gemini-2.5-flash:generateContent',
      model: 'gemini-2.5-flash',
      apiKey: 'AIza-test',
      stream: false,
    });
  });

  it('generateContentStream yields several chunks; the last has finishReason and full usage', async () => {
    const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'Stream me a reply' });
    const texts: string[] = [];
    let last: Awaited<ReturnType<typeof ai.models.generateContent>> | undefined;
    for await (const chunk of stream) {
      texts.push(chunk.text ?? '');
      last = chunk;
    }
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.join('')).toBe('Hello from gemini-2.5-flash! You said: Stream me a reply');
    expect(last?.candidates?.[0].finishReason).toBe('STOP');
    expect(last?.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    expect(fake.requests[0].query).toBe('alt=sse');
    expect(fake.requests[0].stream).toBe(true);
  });

  it('answers with a functionCall built from the declaration, then uses the functionResponse', async () => {
    const res = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'What is the weather?',
      config: { tools: [weather] },
    });
    expect(res.functionCalls).toEqual([{ name: 'get_weather', args: { city: 'Paris', days: 1 } }]);

    const followUp = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: [
        { role: 'user', parts: [{ text: 'What is the weather?' }] },
        { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { city: 'Paris' } } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { temp: 20 } } }] },
      ],
      config: { tools: [weather] },
    });
    expect(followUp.text).toBe('The tool get_weather returned: {"temp":20}');
  });

  it('forced function calling (mode ANY) streams the call', async () => {
    const stream = await ai.models.generateContentStream({
      model: 'gemini-2.5-flash',
      contents: 'hello',
      config: { tools: [weather], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY } } },
    });
    const calls = [];
    for await (const chunk of stream) calls.push(...(chunk.functionCalls ?? []));
    expect(calls.map((c) => c.name)).toEqual(['get_weather']);
  });

  it('returns thought parts when thoughts are requested', async () => {
    const res = await ai.models.generateContent({
      model: 'gemini-2.5-pro',
      contents: 'Think about it',
      config: { thinkingConfig: { includeThoughts: true } },
    });
    const parts = res.candidates?.[0].content?.parts ?? [];
    expect(parts[0]).toMatchObject({ thought: true, text: 'Let me think. The user said: Think about it' });
    expect(res.text).toBe('Hello from gemini-2.5-pro! You said: Think about it');
    expect(res.usageMetadata?.thoughtsTokenCount).toBeGreaterThan(0);
  });

  it('429 RESOURCE_EXHAUSTED with RetryInfo surfaces as ApiError status 429', async () => {
    fake.addRule({ times: 1, ...errors.geminiResourceExhausted('17s') });
    const err = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(429);
    const body = JSON.parse((err as ApiError).message) as {
      error: { status: string; details: { '@type': string; retryDelay?: string }[] };
    };
    expect(body.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(body.error.details.find((d) => d['@type'].endsWith('RetryInfo'))?.retryDelay).toBe('17s');
  });

  it('a bad key is a 400 API_KEY_INVALID, as Gemini really answers', async () => {
    fake.addRule({ match: { apiKey: 'bad-key' }, error: 'auth' });
    const bad = new GoogleGenAI({ apiKey: 'bad-key', httpOptions: { baseUrl: fake.url } });
    const err = await bad.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi' }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toContain('API_KEY_INVALID');
  });

  it('an in-stream error chunk makes the SDK throw with its code', async () => {
    fake.addRule({ streamError: 1 });
    const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'hi' });
    const consume = async (): Promise<void> => {
      for await (const _ of stream) {
        // drain
      }
    };
    const err = await consume().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(503);
  });

  it('counts tokens and lists models', async () => {
    const count = await ai.models.countTokens({ model: 'gemini-2.5-flash', contents: 'a'.repeat(40) });
    expect(count.totalTokens).toBe(10);
    const pager = await ai.models.list();
    const names: string[] = [];
    for await (const m of pager) names.push(m.name ?? '');
    expect(names).toContain('models/gemini-2.5-flash');
  });
});

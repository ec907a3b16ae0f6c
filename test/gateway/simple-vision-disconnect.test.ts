import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/start-test-gateway.js';
import { upstreamConfig } from './support/upstream-config.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({
    config: (url) => upstreamConfig(url, { server: { upload_limit: '200kb' }, active: { chat: 'openai/gpt-4o', vision: 'openai/gpt-4o' } }),
  });
});
afterAll(() => t.close());
beforeEach(() => t.fake.reset());

// 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The JavaScript client from the seed-003 README, verbatim in behaviour. */
async function seedClient(url: string, body: unknown): Promise<{ contents: string[]; sawDone: boolean }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const contents: string[] = [];
  let sawDone = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = decoder.decode(value);
    for (const line of chunk.split('\n\n')) {
      if (line.startsWith('data: ')) {
        const data = line.substring(6);
        if (data === '[DONE]') {
          sawDone = true;
          break;
        }
        try {
          const content = JSON.parse(data) as { content?: string };
          if (content.content) contents.push(content.content);
        } catch {
          // the seed client ignores parse errors
        }
      }
    }
  }
  return { contents, sawDone };
}

describe('POST /api/chat (seed 003 simple SSE)', () => {
  it('streams data: {"content": ...} events and [DONE] that the seed client reads', async () => {
    const { contents, sawDone } = await seedClient(`${t.url}/api/chat`, {
      messages: [{ role: 'user', content: '你好，请介绍一下自己' }],
      model: 'gpt-4o',
      temperature: 0.7,
    });
    expect(contents.join('')).toBe('Hello from gpt-4o! You said: 你好，请介绍一下自己');
    expect(contents.length).toBeGreaterThan(1);
    expect(sawDone).toBe(true);
  });

  it('uses the active chat model when none is named, and ends errors with [DONE]', async () => {
    // The error comes after content began, so it cannot be failed over: it ends the stream.
    t.fake.addRule({ match: { model: 'gpt-4o' }, times: 1, streamError: 3, reply: { contentChunks: ['one ', 'two ', 'three'] } });
    const r = await fetch(`${t.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
    });
    const text = await r.text();
    expect(r.headers.get('x-stable-llm-model')).toBe('gpt-4o');
    expect(text).toContain('data: {"content":"one "}');
    expect(text).toMatch(/data: \{"error":\{.*\}\}\n\ndata: \[DONE\]\n\n$/);
  });
});

describe('POST /api/v1/vision/completions', () => {
  it('accepts a multipart image upload with a prompt', async () => {
    const form = new FormData();
    form.set('image', new Blob([PNG], { type: 'image/png' }), 'dot.png');
    form.set('prompt', 'what is in the picture?');
    const r = await fetch(`${t.url}/api/v1/vision/completions`, { method: 'POST', body: form });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0].message.content).toBe('Hello from gpt-4o! I see 1 image(s). You said: what is in the picture?');
    const sent = t.fake.requests[0].body as { messages: { content: { type: string; image_url?: { url: string } }[] }[] };
    const image = sent.messages[0].content.find((p) => p.type === 'image_url');
    expect(image?.image_url?.url).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });

  it('streams when asked, uses the default prompt, sniffs octet-stream images', async () => {
    const form = new FormData();
    form.set('image', new Blob([PNG], { type: 'application/octet-stream' }), 'dot.bin');
    form.set('stream', 'true');
    form.set('model', 'openai/gpt-4o');
    const r = await fetch(`${t.url}/api/v1/vision/completions`, { method: 'POST', body: form });
    expect(r.headers.get('content-type')).toContain('text/event-stream');
    const text = await r.text();
    expect(text.trim().endsWith('data: [DONE]')).toBe(true);
    const sent = t.fake.requests[0].body as { messages: { content: { type: string; text?: string }[] }[] };
    expect(sent.messages[0].content.find((p) => p.type === 'text')?.text).toBe('Describe this image in detail.');
  });

  it('accepts JSON with a data URL', async () => {
    const r = await fetch(`${t.url}/api/v1/vision/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ image: `data:image/png;base64,${PNG.toString('base64')}`, prompt: 'hi' }),
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { choices: { message: { content: string } }[] }).choices[0].message.content).toContain('I see 1 image');
  });

  it('rejects missing images, non-images and oversized uploads with 4xx naming the field', async () => {
    const none = new FormData();
    none.set('prompt', 'x');
    const r1 = await fetch(`${t.url}/api/v1/vision/completions`, { method: 'POST', body: none });
    expect(r1.status).toBe(400);
    expect(((await r1.json()) as { error: { param: string } }).error.param).toBe('image');
    const text = new FormData();
    text.set('image', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
    expect((await fetch(`${t.url}/api/v1/vision/completions`, { method: 'POST', body: text })).status).toBe(400);
    const big = new FormData();
    big.set('image', new Blob([Buffer.alloc(300_000, 1)], { type: 'image/png' }), 'big.png');
    const r3 = await fetch(`${t.url}/api/v1/vision/completions`, { method: 'POST', body: big });
    expect(r3.status).toBe(413);
    expect(t.fake.requests).toHaveLength(0);
  });
});

describe('client disconnect aborts the upstream request', () => {
  it('while streaming', async () => {
    t.fake.addRule({
      match: { model: 'gpt-4o' },
      chunkDelayMs: 150,
      reply: { contentChunks: Array.from({ length: 40 }, (_, i) => `w${i} `) },
    });
    const controller = new AbortController();
    const r = await fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', stream: true, messages: [{ role: 'user', content: 'long' }] }),
      signal: controller.signal,
    });
    const reader = (r.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    const abortedAt = Date.now();
    controller.abort();
    const [entry] = await t.fake.waitFor((reqs) => reqs.length > 0 && reqs[0].aborted, 2000);
    expect(entry.aborted).toBe(true);
    expect((entry.finishedAt ?? Date.now()) - abortedAt).toBeLessThan(1000);
  });

  it('while waiting for a non-streaming answer', async () => {
    t.fake.addRule({ match: { model: 'gpt-4o' }, delayMs: 3000 });
    const controller = new AbortController();
    const pending = fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'slow' }] }),
      signal: controller.signal,
    }).catch(() => undefined);
    await t.fake.waitForRequests(1, 2000);
    controller.abort();
    await pending;
    const [entry] = await t.fake.waitFor((reqs) => reqs[0]?.aborted === true, 2000);
    expect(entry.aborted).toBe(true);
  });
});

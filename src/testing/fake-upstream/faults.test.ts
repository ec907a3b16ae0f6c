import { connect } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpstream } from './fake-upstream.js';
import { startFakeUpstream } from './start-fake-upstream.js';

const chat = (stream: boolean) =>
  JSON.stringify({ model: 'gpt-4o', stream, messages: [{ role: 'user', content: 'one two three four five six seven eight nine ten' }] });

async function post(fake: FakeUpstream, body: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${fake.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
}

/** Reads until `count` SSE events arrived (or the body ends); returns the text so far. */
async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, count: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (text.split('\n\n').length - 1 < count) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

describe('fault injection', () => {
  let fake: FakeUpstream;
  beforeAll(async () => {
    fake = await startFakeUpstream();
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('dropAfterChunks destroys the socket mid-stream; the entry is dropped, not aborted', async () => {
    fake.addRule({ dropAfterChunks: 2 });
    const res = await post(fake, chat(true));
    expect(res.status).toBe(200);
    const err = await res.text().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError); // undici: "terminated"
    const [entry] = await fake.waitFor((r) => r[0]?.finishedAt !== undefined, 2000);
    expect(entry).toMatchObject({ dropped: true, aborted: false, status: 200 });
  });

  it('stallAfterChunks keeps the socket open; a client abort marks the entry aborted', async () => {
    fake.addRule({ stallAfterChunks: 2 });
    const ac = new AbortController();
    const res = await post(fake, chat(true), ac.signal);
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const text = await readEvents(reader, 2);
    expect(text.split('\n\n').length - 1).toBe(2);
    expect(fake.requests[0].finishedAt).toBeUndefined();
    ac.abort();
    const [entry] = await fake.waitFor((r) => r[0]?.aborted === true, 2000);
    expect(entry.dropped).toBe(false);
    expect(entry.finishedAt).toBeGreaterThanOrEqual(entry.receivedAt);
  });

  it('breaking out of an official SDK stream aborts the upstream request', async () => {
    fake.addRule({ stallAfterChunks: 3 });
    const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: 'k', maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi there friend' }],
      stream: true,
    });
    let seen = 0;
    for await (const _chunk of stream) {
      if (++seen === 2) break;
    }
    const [entry] = await fake.waitFor((r) => r[0]?.aborted === true, 2000);
    expect(entry.aborted).toBe(true);
  });

  it('a client abort during delayMs is recorded and nothing is sent', async () => {
    fake.addRule({ delayMs: 10_000 });
    const ac = new AbortController();
    const pending = post(fake, chat(false), ac.signal).catch((e: unknown) => e);
    await fake.waitForRequests(1, 2000);
    ac.abort();
    expect(await pending).toBeInstanceOf(Error);
    const [entry] = await fake.waitFor((r) => r[0]?.aborted === true, 2000);
    expect(entry.status).toBeUndefined();
  });

  it('delayMs delays the status line', async () => {
    fake.addRule({ delayMs: 60 });
    const started = performance.now();
    const res = await post(fake, chat(false));
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(res.status).toBe(200);
  });

  it('chunkDelayMs spaces the frames out', async () => {
    fake.addRule({ chunkDelayMs: 20 });
    const started = performance.now();
    const text = await (await post(fake, chat(true))).text();
    const frames = text.split('\n\n').filter(Boolean).length;
    expect(frames).toBeGreaterThan(4);
    // Every frame but the [DONE] trailer waited 20 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual((frames - 1) * 20 - 5);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('malformedChunk inserts an unparsable data line and carries on', async () => {
    fake.addRule({ malformedChunk: 2 });
    const text = await (await post(fake, chat(true))).text();
    const events = text.split('\n\n').filter(Boolean);
    expect(() => JSON.parse(events[2].slice('data: '.length))).toThrow(SyntaxError);
    expect(events.at(-1)).toBe('data: [DONE]');

    fake.addRule({ malformedChunk: true });
    const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: 'k', maxRetries: 0, logLevel: 'off' });
    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: true });
    const drain = async (): Promise<void> => {
      for await (const _ of stream) {
        // drain
      }
    };
    await expect(drain()).rejects.toThrow(SyntaxError);
  });

  it('streamError ends the stream with an error event and no [DONE]', async () => {
    fake.addRule({
      streamError: {
        afterChunks: 2,
        body: { error: { code: 'data_inspection_failed', message: 'Output data may contain inappropriate content.' } },
      },
    });
    const text = await (await post(fake, chat(true))).text();
    const events = text.split('\n\n').filter(Boolean);
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2].slice(6))).toEqual({
      error: { code: 'data_inspection_failed', message: 'Output data may contain inappropriate content.' },
    });
    expect(text).not.toContain('[DONE]');
  });

  it('counts past the end are clamped: the fault still happens before the trailer', async () => {
    fake.addRule({ dropAfterChunks: 1000 });
    const res = await post(fake, chat(true));
    await expect(res.text()).rejects.toThrow();
  });

  it('non-streaming drop and stall send half the body first', async () => {
    fake.addRule({ dropAfterChunks: 0, times: 1 });
    const dropped = await post(fake, chat(false));
    expect(dropped.status).toBe(200);
    await expect(dropped.json()).rejects.toThrow();

    fake.addRule({ stallAfterChunks: 0, times: 1 });
    const stalled = await post(fake, chat(false), AbortSignal.timeout(150));
    await expect(stalled.text()).rejects.toThrow();
    await fake.waitFor((r) => r[1]?.aborted === true, 2000);
  });

  it('an Anthropic SDK stream cut by a drop rejects instead of hanging', async () => {
    fake.addRule({ dropAfterChunks: 3 });
    const client = new Anthropic({ baseURL: fake.url, apiKey: 'k', maxRetries: 0 });
    const stream = client.messages.stream({ model: 'claude-sonnet-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
    await expect(stream.finalMessage()).rejects.toThrow();
    expect(fake.requests[0].dropped).toBe(true);
  });

  it('a client that disconnects mid-body is not logged and does not hurt the server', async () => {
    const socket = connect(fake.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"model":');
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.requests).toHaveLength(0);
    expect((await post(fake, chat(false))).status).toBe(200);
  });

  it('close() ends stalled streams without marking them aborted', async () => {
    const local = await startFakeUpstream({ rules: [{ stallAfterChunks: 1 }] });
    const res = await post(local, chat(true));
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    await readEvents(reader, 1);
    await local.close();
    await expect(reader.read()).rejects.toThrow();
    expect(local.requests[0].aborted).toBe(false);
    await local.close(); // idempotent
  });
});

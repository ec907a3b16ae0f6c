import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startGateway } from '../../src/gateway/start-gateway.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import type { TestGateway } from './support/start-test-gateway.js';
import { upstreamConfig } from './support/upstream-config.js';

let dir: string;
let file: string;
let t: TestGateway;
const logLines: string[] = [];

async function models(): Promise<string[]> {
  const r = (await (await fetch(`${t.url}/v1/models`)).json()) as { data: { id: string }[] };
  return r.data.map((m) => m.id);
}

async function until(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stable-llm-reload-'));
  file = join(dir, 'stable-llm.yaml');
  const logs = new PassThrough();
  logs.on('data', (d: Buffer) => logLines.push(...d.toString().split('\n').filter(Boolean)));
  const fake = await startFakeUpstream();
  await writeFile(file, stringify(upstreamConfig(fake.url, { server: { log_level: 'info' } })));
  const gateway = await startGateway({
    configPath: file,
    host: '127.0.0.1',
    port: 0,
    banner: false,
    handleSignals: false,
    storeKind: 'memory',
    env: {},
    logDestination: logs,
  });
  t = {
    url: gateway.url,
    fake,
    gateway,
    close: async () => {
      await gateway.close();
      await fake.close();
    },
  };
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hot reload', () => {
  it('swaps the config atomically; in-flight requests finish on the old one; bad files are rejected', async () => {
    expect(await models()).toContain('openai/gpt-4o');
    const before = t.gateway.gateway!.state().generation;

    // A slow stream in flight across the reload.
    t.fake.addRule({
      match: { model: 'gpt-4o' },
      times: 1,
      chunkDelayMs: 80,
      reply: { contentChunks: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
    });
    const inflight = fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', stream: true, messages: [{ role: 'user', content: 'x' }] }),
    }).then((r) => r.text());
    await t.fake.waitForRequests(1, 2000);

    // Remove gpt-4o, add a route.
    const next = upstreamConfig(t.fake.url, { server: { log_level: 'info' }, routes: { fast: ['openai/gpt-4o-mini'] } }) as {
      backends: { openai: { models: Record<string, unknown> } };
    };
    delete next.backends.openai.models['gpt-4o'];
    await writeFile(file, stringify(next));
    await until(async () => (await models()).includes('fast'));
    expect(await models()).not.toContain('openai/gpt-4o');
    expect(t.gateway.gateway!.state().generation).toBeGreaterThan(before);
    const text = await inflight;
    expect(text).toContain('"content":"h"');
    expect(text.trim().endsWith('data: [DONE]')).toBe(true);
    const gone = await fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(gone.status).toBe(404);

    // A broken file: rejected, logged with the path, old config kept.
    const generation = t.gateway.gateway!.state().generation;
    await writeFile(file, 'server:\n  port: "not a number"\n');
    await until(async () => logLines.some((l) => l.includes('config reload rejected')));
    expect(logLines.find((l) => l.includes('config reload rejected'))).toContain('server.port');
    expect(t.gateway.gateway!.state().generation).toBe(generation);
    expect(await models()).toContain('fast');
  });
});

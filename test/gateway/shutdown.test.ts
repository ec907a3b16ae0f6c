import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayStore } from '../../src/store/open-gateway-store.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import { spawnGateway } from './support/spawn-gateway.js';
import { upstreamConfig } from './support/upstream-config.js';

let fake: FakeUpstream;
let dir: string;
beforeAll(async () => {
  fake = await startFakeUpstream();
  dir = await mkdtemp(join(tmpdir(), 'stable-llm-drain-'));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('drains in-flight requests, refuses new ones, flushes the SQLite usage log, exits 0', async () => {
    const db = join(dir, 'usage.db');
    const gw = await spawnGateway({
      config: upstreamConfig(fake.url, {
        server: { log_level: 'info', shutdown_timeout: 10 },
        stores: { sqlite_path: db, flush_interval_ms: 60_000 },
      }),
      host: '127.0.0.1',
      port: 0,
      watch: false,
      env: {},
    });
    // Two quick requests whose rows sit in the batch (flush interval 60 s), then a slow stream.
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: `q${i}` }] }),
      });
      expect(r.status).toBe(200);
    }
    fake.addRule({
      match: { model: 'gpt-4o' },
      times: 1,
      chunkDelayMs: 100,
      reply: { contentChunks: Array.from({ length: 12 }, (_, i) => `c${i} `) },
    });
    const slow = fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', stream: true, messages: [{ role: 'user', content: 'slow' }] }),
    }).then((r) => r.text());
    await fake.waitForRequests(3, 3000);
    await new Promise((r) => setTimeout(r, 150));
    gw.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    // New work is refused while draining (or the listener is already closed).
    const late = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'late' }] }),
    }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const text = await slow;
    expect(text).toContain('c11');
    expect(text.trim().endsWith('data: [DONE]')).toBe(true);
    expect(await gw.exited).toBe(0);
    const store = await openGatewayStore({ sqlitePath: db });
    const { rows, total } = await store.queryUsage({ status: 'success' });
    await store.close();
    expect(total).toBe(3);
    expect(rows.find((r) => r.stream)?.ttft_ms).toBeGreaterThan(0);
    expect(gw.logs()).toContain('draining in-flight requests');
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import { spawnGateway } from './support/spawn-gateway.js';
import { upstreamConfig } from './support/upstream-config.js';

let fake: FakeUpstream;
let dir: string;
beforeAll(async () => {
  fake = await startFakeUpstream();
  dir = await mkdtemp(join(tmpdir(), 'stable-llm-workers-'));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('--workers', () => {
  it('serves from several processes, shares limits through SQLite, aggregates metrics, stops on SIGTERM', async () => {
    const gw = await spawnGateway({
      config: upstreamConfig(fake.url, { server: { log_level: 'warn' }, limits: { rpm: 6 }, stores: { sqlite_path: join(dir, 'gw.db') } }),
      host: '127.0.0.1',
      port: 0,
      workers: 2,
      watch: false,
      env: {},
    });
    const pids = new Set<number>();
    for (let i = 0; i < 20 && pids.size < 2; i++) {
      const h = (await (await fetch(`${gw.url}/health`, { headers: { connection: 'close' } })).json()) as { pid: number };
      pids.add(h.pid);
    }
    expect(pids.size).toBe(2);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${gw.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: `w${i}` }] }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    const served = [
      ...metrics.matchAll(/stable_llm_requests_total\{endpoint="\/v1\/chat\/completions",target="openai\/gpt-4o",status="200"\} (\d+)/g),
    ];
    expect(Number(served[0]?.[1])).toBe(6);
    gw.kill('SIGTERM');
    expect(await gw.exited).toBe(0);
  }, 30_000);
});

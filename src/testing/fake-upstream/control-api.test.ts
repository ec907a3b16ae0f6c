import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFakeUpstream } from './connect-fake-upstream.js';
import { errors } from './errors/index.js';
import type { FakeUpstream } from './fake-upstream.js';
import type { ProtocolHandler } from './protocol-handler.js';
import { registerProtocol, unregisterProtocol } from './protocol-registry.js';
import { createOpenAIProtocol } from './protocols/openai/openai-protocol.js';
import { runFakeUpstreamCli } from './run-fake-upstream-cli.js';
import { startFakeUpstream } from './start-fake-upstream.js';

const chatBody = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
const chat = (url: string, path = '/v1/chat/completions', headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: chatBody });

describe('control API over HTTP', () => {
  let fake: FakeUpstream;
  beforeAll(async () => {
    fake = await startFakeUpstream();
  });
  afterAll(() => fake.close());

  it('adds, lists and clears rules; reads and clears the log; reports health', async () => {
    const added = await fetch(`${fake.url}/__fake/rules`, {
      method: 'POST',
      body: JSON.stringify([
        { times: 1, ...errors.openaiRateLimit() },
        { times: 1, status: 500 },
      ]),
    });
    expect(added.status).toBe(201);
    const { ids } = (await added.json()) as { ids: string[] };
    expect(ids).toHaveLength(2);
    expect(((await (await fetch(`${fake.url}/__fake/rules`)).json()) as { rules: unknown[] }).rules).toHaveLength(2);

    expect((await chat(fake.url)).status).toBe(429);
    expect((await chat(fake.url)).status).toBe(500);
    expect((await chat(fake.url)).status).toBe(200);

    const log = (await (await fetch(`${fake.url}/__fake/requests`)).json()) as { requests: { status: number; model: string }[] };
    expect(log.requests.map((r) => r.status)).toEqual([429, 500, 200]);
    expect(log.requests[0].model).toBe('gpt-4o');

    const health = (await (await fetch(`${fake.url}/__fake/health`)).json()) as { ok: boolean; protocols: string[]; requests: number };
    expect(health).toMatchObject({ ok: true, requests: 3 });
    expect(health.protocols).toEqual(expect.arrayContaining(['openai', 'anthropic', 'gemini']));

    await fetch(`${fake.url}/__fake/rules`, { method: 'POST', body: JSON.stringify({ status: 503 }) });
    expect((await fetch(`${fake.url}/__fake/rules`, { method: 'DELETE' })).status).toBe(200);
    expect((await chat(fake.url)).status).toBe(200);
    await fetch(`${fake.url}/__fake/requests`, { method: 'DELETE' });
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects malformed rules with a 400 naming the field', async () => {
    const res = await fetch(`${fake.url}/__fake/rules`, { method: 'POST', body: JSON.stringify({ delayMs: -1 }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('rule.delayMs: expected a non-negative integer');
    expect((await fetch(`${fake.url}/__fake/rules`, { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await fetch(`${fake.url}/__fake/nope`)).status).toBe(404);
  });

  it('connectFakeUpstream drives the same API, including the long-poll wait', async () => {
    const client = connectFakeUpstream(`${fake.url}/`);
    await client.reset();
    const id = await client.addRule({ match: { model: 'gpt-4o' }, status: 529 });
    expect((await client.health()).rules).toBe(1);
    const waiting = client.waitForRequests(1, 2000);
    expect((await chat(fake.url)).status).toBe(529);
    expect((await waiting).map((r) => r.status)).toEqual([529]);
    expect(await client.removeRule(id)).toBe(true);
    expect((await client.requests())[0].matchedRule).toBe(id);
    await client.clearRequests();
    await expect(client.waitForRequests(1, 20)).rejects.toThrow('(408)');
  });
});

describe('protocol plug-ins', () => {
  /** An Azure-like deployment route, reusing the OpenAI wire format with its own URL and key header. */
  const deploymentProtocol = (name: string): ProtocolHandler => ({
    ...createOpenAIProtocol({
      name,
      match: (req) => {
        const marker = '/openai/deployments/';
        const at = req.path.indexOf(marker);
        if (req.method !== 'POST' || at === -1 || !req.path.endsWith('/chat/completions')) return undefined;
        return { operation: 'chat', model: req.path.slice(at + marker.length, req.path.length - '/chat/completions'.length) };
      },
    }),
    apiKey: (req) => (typeof req.headers['api-key'] === 'string' ? req.headers['api-key'] : undefined),
  });

  it('an instance plug-in wins over the built-in suffix match', async () => {
    const fake = await startFakeUpstream();
    try {
      fake.registerProtocol(deploymentProtocol('azure-test'));
      fake.addRule({ match: { protocol: 'azure-test', model: 'my-deploy' }, times: 1, status: 429 });
      const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] });
      const url = `${fake.url}/openai/deployments/my-deploy/chat/completions?api-version=2024-10-21`;
      const init = { method: 'POST', headers: { 'content-type': 'application/json', 'api-key': 'azure-key' }, body };
      expect((await fetch(url, init)).status).toBe(429);
      const ok = (await (await fetch(url, init)).json()) as { model: string; choices: { message: { content: string } }[] };
      expect(ok.choices[0].message.content).toBe('Hello from my-deploy! You said: hi');
      expect(fake.requests[1]).toMatchObject({
        protocol: 'azure-test',
        model: 'my-deploy',
        apiKey: 'azure-key',
        query: 'api-version=2024-10-21',
      });
      // Plain OpenAI paths still go to the built-in.
      await chat(fake.url);
      expect(fake.requests[2].protocol).toBe('openai');
    } finally {
      await fake.close();
    }
  });

  it('registerProtocol applies to servers started afterwards', async () => {
    registerProtocol(deploymentProtocol('azure-global'));
    const fake = await startFakeUpstream();
    try {
      await fetch(`${fake.url}/openai/deployments/d1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
      });
      expect(fake.requests[0].protocol).toBe('azure-global');
    } finally {
      expect(unregisterProtocol('azure-global')).toBe(true);
      await fake.close();
    }
  });
});

describe('standalone entry (runFakeUpstreamCli)', () => {
  it('prints FAKE_UPSTREAM_URL and loads rules from a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fake-upstream-'));
    const rulesFile = join(dir, 'rules.json');
    await writeFile(rulesFile, JSON.stringify([{ match: { model: 'gpt-4o' }, times: 1, ...errors.anthropicOverloaded() }]));
    const lines: string[] = [];
    const fake = await runFakeUpstreamCli(
      ['--port', '0', '--host', '127.0.0.1', '--rules', rulesFile, '--default-text', 'cli says hi'],
      (l) => lines.push(l),
    );
    try {
      expect(lines).toEqual([`FAKE_UPSTREAM_URL=${fake.url}`]);
      expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await chat(fake.url)).status).toBe(529);
      const ok = (await (await chat(fake.url)).json()) as { choices: { message: { content: string } }[] };
      expect(ok.choices[0].message.content).toBe('cli says hi');
    } finally {
      await fake.close();
    }
  });

  it('rejects bad flags', async () => {
    await expect(runFakeUpstreamCli(['--port', 'abc'], () => {})).rejects.toThrow('--port');
    await expect(runFakeUpstreamCli(['--bogus'], () => {})).rejects.toThrow();
  });
});

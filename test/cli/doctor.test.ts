import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../../src/testing/index.js';
import { ensureBuilt } from './helpers/ensure-built.js';
import { fakeConfigDir } from './helpers/fake-config.js';
import { runCli } from './helpers/run-cli.js';

let fake: FakeUpstream;
let cwd: string;

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeUpstream();
  cwd = fakeConfigDir(fake.url);
}, 120_000);
afterAll(() => fake?.close());
beforeEach(() => fake.reset());

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stable-llm-doctor-'));
  writeFileSync(join(dir, 'stable-llm.yaml'), yaml);
  return dir;
}

describe('stable-llm doctor', () => {
  it('passes a good config after one tiny request per endpoint and key, keys masked', async () => {
    const r = await runCli('stable-llm', ['doctor'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓\s+openai\s+fake-openai/);
    expect(r.stdout).toMatch(/✓\s+anthropic\s+fake-anthropic/);
    expect(r.stdout).toContain('all good');
    expect(r.stdout).not.toContain('sk-fake-openai-0123456789abcdef');
    expect(fake.requests.filter((q) => q.operation === 'chat')).toHaveLength(2);
    expect((fake.requests[0].body as { max_tokens?: number; max_completion_tokens?: number }).max_tokens ?? 16).toBeLessThanOrEqual(16);
  });

  it('names the broken field of an invalid config and exits 2 without calling anyone', async () => {
    const dir = dirWith(`endpoints:
  - id: a
    api_base: ${fake.url}/v1
    api_key: sk-xxxxxxxxxxxxxxxxxxxxxxxx
backends:
  openai:
    models:
      gpt-4o: { endpoints: [a] }
server:
  port: "eighty"
`);
    const r = await runCli('stable-llm', ['doctor'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('server.port');
    expect(r.stdout).toContain('invalid');
    expect(fake.requests).toHaveLength(0);
  });

  it('reports an unknown endpoint reference by path', async () => {
    const dir = dirWith('backends:\n  openai:\n    models:\n      gpt-4o: { endpoints: [nowhere] }\n');
    const r = await runCli('stable-llm', ['doctor', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.config.valid).toBe(false);
    expect(report.config.issues[0].path).toBe('backends.openai.models.gpt-4o.endpoints[0]');
    expect(report.config.issues[0].message).toContain('nowhere');
  });

  it('shows the classified error of a failing endpoint and exits 1', async () => {
    fake.addRule({ match: { protocol: 'anthropic' }, error: 'auth' });
    const r = await runCli('stable-llm', ['doctor'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓\s+openai/);
    expect(r.stdout).toMatch(/✗\s+anthropic.*auth 401/);
    expect(r.stdout).toContain('1 of 2 endpoint checks failed');
  });

  it('reports an unreachable endpoint as a network error', async () => {
    const dir = dirWith(
      'endpoints:\n  - { id: dead, api_base: "http://127.0.0.1:9/v1", api_key: sk-dead-0123456789abcdefgh }\nbackends:\n  deepseek:\n    models:\n      deepseek-chat: { endpoints: [dead] }\n',
    );
    const r = await runCli('stable-llm', ['doctor', '--timeout', '5'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗\s+deepseek\s+dead.*network/);
  });

  it('--offline validates only', async () => {
    const r = await runCli('stable-llm', ['doctor', '--offline'], { cwd });
    expect(r.code).toBe(0);
    expect(fake.requests).toHaveLength(0);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../../src/testing/index.js';
import { ensureBuilt } from './helpers/ensure-built.js';
import { fakeConfigDir } from './helpers/fake-config.js';
import { CliSession, runCli, spawnCli } from './helpers/run-cli.js';

/** A port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

let fake: FakeUpstream;
let cwd: string;
let empty: string;

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeUpstream();
  cwd = fakeConfigDir(fake.url);
  empty = mkdtempSync(join(tmpdir(), 'stable-llm-cli-empty-'));
}, 120_000);
afterAll(() => fake?.close());

describe('stable-llm (program)', () => {
  it('--help lists every command with examples; no args shows help; --version', async () => {
    const help = await runCli('stable-llm', ['--help'], { cwd: empty });
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'chat', 'analyze', 'status', 'models', 'tokens', 'doctor', 'config'])
      expect(help.stdout).toContain(`  ${cmd}`);
    expect(help.stdout).toContain('Exit codes');
    const chatHelp = await runCli('stable-llm-chat', ['--help'], { cwd: empty });
    expect(chatHelp.stdout).toContain('Usage: stable-llm-chat [options]');
    for (const flag of ['--prompt', '--timeout', '--service-order', '--json']) expect(chatHelp.stdout).toContain(flag);
    expect(chatHelp.stdout).toContain('$ stable-llm-chat --prompt');
    const analyzeHelp = await runCli('stable-llm-analyze', ['--help'], { cwd: empty });
    expect(analyzeHelp.stdout).toContain('Usage: stable-llm-analyze [options] <image>');
    const none = await runCli('stable-llm', [], { cwd: empty });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Usage: stable-llm');
    const version = await runCli('stable-llm', ['--version'], { cwd: empty });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('unknown commands and options exit 2 with a suggestion', async () => {
    const r = await runCli('stable-llm', ['caht'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'caht'");
    expect(r.stderr).toContain('chat');
  });
});

describe('stable-llm tokens', () => {
  it('counts a file per model with its tokenizer and prices it', async () => {
    writeFileSync(join(cwd, 'prompt.txt'), 'Hello world! 你好，世界。'.repeat(20));
    const r = await runCli('stable-llm', ['tokens', 'prompt.txt', '--model', 'gpt-4o,deepseek-chat,mystery-model', '--json'], { cwd });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const [gpt, deepseek, mystery] = out.models;
    expect(gpt).toMatchObject({ model: 'openai/gpt-4o', tokenizer: 'o200k', exact: true });
    expect(gpt.tokens).toBeGreaterThan(100);
    expect(gpt.input_cost).toBeGreaterThan(0);
    expect(deepseek.tokenizer).toBe('deepseek_v3');
    expect(mystery).toMatchObject({ known: false, estimated: true });
  });

  it('reads stdin with -, table output', async () => {
    const r = await runCli('stable-llm', ['tokens', '-'], { cwd, input: 'count me please' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/openai\/gpt-4o\s+o200k\s+3\b/);
    const missing = await runCli('stable-llm', ['tokens', 'nope.txt'], { cwd });
    expect(missing.code).toBe(2);
  });
});

describe('stable-llm models', () => {
  it('lists configured models with catalog context, prices and capabilities', async () => {
    const r = await runCli('stable-llm', ['models', '--json'], { cwd });
    expect(r.code).toBe(0);
    const { models } = JSON.parse(r.stdout);
    expect(models.map((m: { target: string }) => m.target)).toEqual(['openai/gpt-4o', 'anthropic/claude-sonnet-4-5']);
    expect(models[0]).toMatchObject({ configured: true, context_window: 128000, capabilities: { tools: true, vision: true } });
    expect(models[0].pricing.input).toBeGreaterThan(0);
    const all = await runCli('stable-llm', ['models', '--all', 'claude'], { cwd });
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/anthropic\/claude-/);
    expect(all.stdout).not.toContain('openai/');
  });

  it('shows the catalog when nothing is configured', async () => {
    const r = await runCli('stable-llm', ['models'], { cwd: empty });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('openai/');
    expect(r.stderr).toContain('showing the built-in catalog');
  });
});

describe('stable-llm status and serve', () => {
  it('local status: every configured target, keys masked', async () => {
    const r = await runCli('stable-llm', ['status', '--json'], { cwd });
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout);
    expect(Object.keys(status)).toEqual(['openai/gpt-4o', 'anthropic/claude-sonnet-4-5']);
    expect(status['openai/gpt-4o']).toMatchObject({ available: true, state: 'closed', failure_count: 0 });
    expect(r.stdout).not.toContain('sk-fake-openai-0123456789abcdef');
  });

  it('serve starts the gateway; status --url reads its /status (with --key when required)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stable-llm-serve-'));
    const env = { STABLE_LLM_DATA_DIR: dataDir, STABLE_LLM_MASTER_KEY: 'sk-gateway-master-key-123' };
    const gw = new CliSession(spawnCli('stable-llm', ['serve', '--demo', '--port', '0', '--host', '127.0.0.1'], { cwd: empty, env }));
    try {
      await gw.waitFor(/listening on http:\/\/127\.0\.0\.1:\d+/, 0, 15_000);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(gw.stdout)?.[1] as string;
      const denied = await runCli('stable-llm', ['status', '--url', url], { cwd: empty });
      if (denied.code !== 0) {
        expect(denied.code).toBe(1);
        expect(denied.stderr).toContain('--key');
      }
      const r = await runCli('stable-llm', ['status', '--url', url, '--key', 'sk-gateway-master-key-123'], { cwd: empty });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/local\/demo-chat\s+closed\s+yes/);
      expect(r.stdout + r.stderr).not.toContain('sk-gateway-master-key-123');
      // The bundled serve must still mount the admin console and the docs (lazy chunks).
      const admin = await fetch(`${url}/admin/`);
      expect(admin.status).toBe(200);
      expect(await admin.text()).toContain('<!doctype html>');
      expect((await fetch(`${url}/docs`)).status).toBe(200);
    } finally {
      gw.child.kill('SIGTERM');
      await gw.exited;
    }
  });

  it('status --url on a dead address is a readable failure', async () => {
    const port = await closedPort();
    const r = await runCli('stable-llm', ['status', '--url', `http://127.0.0.1:${port}`, '--timeout', '3'], { cwd: empty });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot reach http://127.0.0.1:${port}: ECONNREFUSED`);
  });

  it('serve with a broken config exits 2 naming the field', async () => {
    writeFileSync(join(empty, 'broken.yaml'), 'server:\n  port: "x"\n');
    const r = await runCli('stable-llm', ['serve', '--config', 'broken.yaml'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('server.port');
  });
});

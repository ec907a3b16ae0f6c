import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type RunningGateway, startGateway } from '../../../src/gateway/start-gateway.js';
import type { FakeUpstream } from '../../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../../src/testing/fake-upstream/start-fake-upstream.js';

export const ADMIN_KEY = 'admin-key-for-tests-0123456789';
export const MASTER_KEY = 'master-key-for-tests-0123456789';

/** The config file the admin tests start from: one OpenAI-compatible endpoint, two models, one route. */
export function baseConfig(fakeUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    VERSION: '2',
    endpoints: [
      {
        id: 'oa',
        api_base: `${fakeUrl}/v1`,
        api_keys: [
          { id: 'oa-main', key: 'sk-file-openai-key-aaaaaaaaaaaa0001' },
          { id: 'oa-spare', key: 'sk-file-openai-key-bbbbbbbbbbbb0002' },
        ],
      },
      { id: 'an', api_base: `${fakeUrl}/v1`, api_key: 'sk-ant-file-key-cccccccccccccc0003' },
    ],
    backends: {
      openai: { models: { 'gpt-4o': { endpoints: ['oa'], native_multimodal: true }, 'gpt-4o-mini': { endpoints: ['oa'] } } },
      anthropic: { models: { 'claude-sonnet-4-5': { endpoints: ['an'], max_output_tokens: 1024 } } },
    },
    routes: { smart: ['anthropic/claude-sonnet-4-5', 'openai/gpt-4o'] },
    server: { admin_key: ADMIN_KEY, master_key: MASTER_KEY, log_level: 'silent' },
    ...extra,
  };
}

export interface AdminFixture {
  url: string;
  fake: FakeUpstream;
  gateway: RunningGateway;
  dir: string;
  configPath: string;
  writeConfig(config: Record<string, unknown>): void;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real gateway (real engine, SQLite store in a temp dir, config file on disk) with the admin
 * console, every backend pointed at a fake upstream. `restart` keeps the data directory.
 */
export async function startAdminFixture(
  options: { config?: (fakeUrl: string) => Record<string, unknown>; dir?: string; fake?: FakeUpstream } = {},
): Promise<AdminFixture> {
  const fake = options.fake ?? (await startFakeUpstream());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'stable-llm-admin-'));
  const configPath = join(dir, 'stable-llm.yaml');
  const writeConfig = (config: Record<string, unknown>): void =>
    writeFileSync(
      configPath,
      stringify({ ...config, stores: { sqlite_path: join(dir, 'data.db'), ...((config.stores as object | undefined) ?? {}) } }),
    );
  writeConfig(options.config ? options.config(fake.url) : baseConfig(fake.url));
  const start = (): Promise<RunningGateway> =>
    startGateway({ configPath, host: '127.0.0.1', port: 0, banner: false, handleSignals: false, watch: false, env: {}, cwd: dir });
  const f: AdminFixture = {
    url: '',
    fake,
    gateway: await start(),
    dir,
    configPath,
    writeConfig,
    async restart() {
      await f.gateway.close();
      f.gateway = await start();
      f.url = f.gateway.url;
    },
    async close() {
      await f.gateway.close();
      if (!options.fake) await fake.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  f.url = f.gateway.url;
  return f;
}

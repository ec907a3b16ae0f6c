import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDeployments } from '../../src/client/resolve-deployments.js';
import { ConfigError } from '../../src/errors/config-error.js';
import { buildConfigJsonSchema } from '../../src/gateway/config/build-config-json-schema.js';
import { buildGatewayConfig } from '../../src/gateway/config/build-gateway-config.js';
import { loadGatewayConfig } from '../../src/gateway/config/load-gateway-config.js';
import { settingsFromEnv } from '../../src/gateway/config/settings-from-env.js';
import { resolvePlan } from '../../src/router/resolve-plan.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stable-llm-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `${NAME}` without tripping the template-literal lint. */
const ref = (name: string): string => `$${'{'}${name}}`;

function issues(raw: unknown): string[] {
  try {
    buildGatewayConfig(raw, { source: 'object', env: {} });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ConfigError');
}

describe('gateway config', () => {
  it('reads YAML with env interpolation and applies defaults', async () => {
    const file = join(dir, 'stable-llm.yaml');
    await writeFile(
      file,
      [
        'VERSION: "2"',
        'endpoints:',
        '  - id: oa',
        '    api_base: https://api.openai.com/v1',
        `    api_key: ${ref('OPENAI_KEY')}`,
        'backends:',
        '  openai:',
        '    models:',
        '      gpt-4o: { endpoints: [oa] }',
        'routes:',
        '  smart: [openai/gpt-4o]',
        'server:',
        '  port: 9001',
        `  master_key: ${ref('MASTER:-local-master-key')}`,
        '  body_limit: 2mb',
        '  cors: true',
        'limits: { rpm: 100, per_key: { rpm: 10 } }',
      ].join('\n'),
    );
    const c = loadGatewayConfig({ cwd: dir, env: { OPENAI_KEY: 'sk-from-env-000000000000', STABLE_LLM_DATA_DIR: 'var' } });
    expect(c.source).toBe('file');
    expect(c.configPath).toBe(file);
    expect(c.settings.endpoints.get('oa')?.keys[0].key).toBe('sk-from-env-000000000000');
    expect(c.server).toMatchObject({
      host: '127.0.0.1',
      port: 9001,
      masterKey: 'local-master-key',
      bodyLimit: 2 * 1024 * 1024,
      cors: { origins: '*' },
    });
    expect(c.routes.get('smart')?.targets).toHaveLength(1);
    expect(c.limits).toMatchObject({ rpm: 100, perKey: { rpm: 10 } });
    expect(c.stores.sqlitePath).toBe(join(dir, 'var', 'stable-llm.db'));
    expect(c.providers).toEqual(['openai']);
  });

  it('names the path of every problem', () => {
    expect(issues({ server: { port: 'eighty' } })[0]).toMatch(/^server\.port: /);
    expect(issues({ server: { body_limit: 'lots' } })[0]).toMatch(/^server\.body_limit: must be a size/);
    expect(issues({ server: { colour: 'red' } })[0]).toMatch(/^server: .*colour/i);
    expect(issues({ routes: { smart: ['no-slash'] } })[0]).toMatch(/^routes\.smart(\[0\])?: /);
    expect(issues({ routes: { smart: ['nobackend/model'] } })).toEqual([
      'routes.smart[0]: unknown backend "nobackend" in target "nobackend/model"',
    ]);
    expect(issues({ server: { keys: [{ id: 'a', key: 'short' }] } })[0]).toBe('server.keys[0].key: must be at least 8 characters');
    expect(
      issues({
        server: {
          keys: [
            { id: 'a', key: 'long-enough-1' },
            { id: 'a', key: 'long-enough-2' },
          ],
        },
      }),
    ).toEqual(['server.keys[1].id: duplicate key id "a"']);
    expect(issues({ backends: { openai: { models: { m: { endpoints: ['ghost'] } } } } })[0]).toMatch(
      /^backends\.openai\.models\.m\.endpoints\[0\]: unknown endpoint "ghost"/,
    );
  });

  it('names the file and variable when interpolation fails', async () => {
    const file = join(dir, 'bad-env.yaml');
    await writeFile(file, `server:\n  master_key: ${ref('NOT_SET_ANYWHERE')}\n`);
    expect(() => loadGatewayConfig({ configPath: file, env: {} })).toThrow(
      /server\.master_key: environment variable \$\{NOT_SET_ANYWHERE\} is not set/,
    );
    expect(() => loadGatewayConfig({ configPath: join(dir, 'missing.yaml'), env: {} })).toThrow(/config file not found/);
  });

  it('without a file, builds settings from provider keys in the environment', () => {
    const c = loadGatewayConfig({
      cwd: join(dir, 'empty-dir-does-not-exist'),
      env: { DEEPSEEK_API_KEY: 'sk-x', DATABASE_URL: 'postgres://u:p@h/db', REDIS_URL: 'redis://h:6379' },
    });
    expect(c.source).toBe('env');
    expect(c.providers).toEqual(['deepseek']);
    expect(c.stores.databaseUrl).toBe('postgres://u:p@h/db');
    expect(c.stores.redisUrl).toBe('redis://h:6379');
    expect(settingsFromEnv({}).backends).toEqual({});
    const none = loadGatewayConfig({ cwd: join(dir, 'nothing'), env: {} });
    expect(none.providers).toEqual([]);
  });

  it('env-only settings keep keys in the environment and accept any model id of that vendor', () => {
    const env = { DEEPSEEK_API_KEY: 'sk-env-only-0123456789' };
    const c = loadGatewayConfig({ cwd: join(dir, 'empty-dir-does-not-exist'), env });
    expect(JSON.stringify(c.settings.source)).not.toContain('sk-env-only-0123456789');
    const plan = resolvePlan('deepseek/deepseek-chat', c.settings, c.routes, () => []);
    expect(plan.targets).toEqual([{ backend: 'deepseek', model: 'deepseek-chat' }]);
    const [d] = resolveDeployments(c.settings, 'deepseek', 'deepseek-chat', { env });
    expect(d.keys.map((k) => k.key)).toEqual(['sk-env-only-0123456789']);
  });

  it('adds the labelled demo provider', () => {
    const c = loadGatewayConfig({ config: {}, env: {}, demoUpstreamUrl: 'http://127.0.0.1:1234' });
    expect(c.demo).toBe(true);
    expect(Object.keys(c.settings.backends.local?.models ?? {})).toEqual(['demo-chat', 'demo-reasoner', 'demo-vision']);
    expect(c.active).toEqual({ chat: 'local/demo-chat', vision: 'local/demo-vision' });
  });

  it('the committed JSON Schema is current (regenerate: node scripts/generate-config-schema.mjs)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../schema/stable-llm.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildConfigJsonSchema());
    expect(committed.properties).toHaveProperty('server');
    expect(committed.properties).toHaveProperty('backends');
  });
});

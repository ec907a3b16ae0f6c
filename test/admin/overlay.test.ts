import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { emptyOverlay } from '../../src/gateway/admin/overlay/admin-overlay.js';
import { buildMergedConfig } from '../../src/gateway/admin/overlay/build-merged-config.js';
import { endpointOverlayFor } from '../../src/gateway/admin/overlay/endpoint-overlay-for.js';
import { mergeSettingsSource } from '../../src/gateway/admin/overlay/merge-settings.js';
import { buildGatewayConfig } from '../../src/gateway/config/build-gateway-config.js';

const FILE_KEY_1 = 'sk-file-key-one-000000000000000001';
const FILE_KEY_2 = 'sk-file-key-two-000000000000000002';

const fileEndpoint = {
  id: 'oa',
  api_base: 'https://api.example.com/v1',
  api_keys: [FILE_KEY_1, { id: 'spare', key: FILE_KEY_2, weight: 2 }],
  rpm: 100,
};

function base() {
  return buildGatewayConfig(
    {
      VERSION: '2',
      endpoints: [fileEndpoint],
      backends: { openai: { models: { 'gpt-4o': { endpoints: ['oa'] } } } },
      routes: { smart: ['openai/gpt-4o'] },
    },
    { source: 'object', env: {} },
  );
}

describe('console overlay', () => {
  it('stores a file endpoint edit as a diff: changed fields, key patches, never the file secrets', () => {
    const entry = endpointOverlayFor(fileEndpoint, fileEndpoint, undefined, {
      id: 'oa',
      fields: { api_base: 'https://api.example.com/v1', rpm: 200, enabled: true },
      keys: [
        { id: 'oa#1', enabled: false },
        { id: 'spare', key: 'sk-abc…0002', weight: 2 },
        { key: 'sk-console-added-key-00000000000003' },
      ],
    });
    expect(entry?.fields).toEqual({ rpm: 200 });
    expect(entry?.keys?.patch).toEqual({ 'oa#1': { enabled: false } });
    expect(entry?.keys?.removed).toBeUndefined();
    expect(entry?.keys?.added).toEqual([{ id: 'oa#c1', key: 'sk-console-added-key-00000000000003' }]);
    const text = JSON.stringify(entry);
    expect(text).not.toContain(FILE_KEY_1);
    expect(text).not.toContain(FILE_KEY_2);
  });

  it('drops the entry when the console puts everything back the way the file has it', () => {
    const entry = endpointOverlayFor(fileEndpoint, fileEndpoint, undefined, {
      id: 'oa',
      fields: { api_base: 'https://api.example.com/v1', rpm: 100, key_selection: 'round_robin', headers: {} },
      keys: [{ id: 'oa#1' }, { id: 'spare', weight: 2 }],
    });
    expect(entry).toBeUndefined();
  });

  it('keeps environment references as written and resolves them only in the running config', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a config ${ENV} reference, not a template
    const ref = '${DS_KEY}';
    const overlay = emptyOverlay();
    overlay.endpoints.ds = { fields: { api_base: 'https://api.deepseek.com' }, keys: { added: [{ id: 'ds#c1', key: ref }] } };
    overlay.models.deepseek = { 'deepseek-chat': { endpoints: ['ds'] } };
    const raw = mergeSettingsSource(base().settings.source, overlay, { interpolate: false });
    expect(JSON.stringify(raw)).toContain(ref);
    const merged = buildMergedConfig(base(), overlay, { DS_KEY: 'sk-from-env-0000000000000000000009' });
    expect(merged.settings.endpoints.get('ds')?.keys[0].key).toBe('sk-from-env-0000000000000000000009');
    expect(merged.providers).toContain('deepseek');
    expect(() => buildMergedConfig(base(), overlay, {})).toThrow(/DS_KEY/);
  });

  it('rejects an overlay that breaks the config, naming the path', () => {
    const overlay = emptyOverlay();
    overlay.endpoints.oa = { deleted: true };
    const err = (() => {
      try {
        buildMergedConfig(base(), overlay);
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.message).toMatch(/backends\.openai\.models\.gpt-4o\.endpoints\[0\]: unknown endpoint "oa"/);
  });

  it('merges routes and models by name and keeps the file’s server settings', () => {
    const overlay = emptyOverlay();
    overlay.routes.smart = null;
    overlay.routes.cheap = { strategy: 'weighted', targets: [{ target: 'openai/gpt-4o', weight: 3 }] };
    overlay.models.openai = { 'gpt-4o-mini': { endpoints: ['oa'] } };
    const b = base();
    const merged = buildMergedConfig(b, overlay);
    expect([...merged.routes.keys()]).toEqual(['cheap']);
    expect(merged.routes.get('cheap')?.strategy).toBe('weighted');
    expect(Object.keys(merged.settings.backends.openai?.models ?? {})).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(merged.server).toBe(b.server);
  });
});

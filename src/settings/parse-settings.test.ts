import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { interpolateEnv } from './interpolate-env.js';
import { parseSettings } from './parse-settings.js';
import { settings } from './settings.js';

const valid = {
  VERSION: '2',
  endpoints: [
    { id: 'openai-default', api_base: 'https://api.openai.com/v1/', api_key: 'sk-one' },
    { id: 'multi', api_base: 'https://example.test/v1', api_keys: ['k1', { key: 'k2', weight: 3, rpm: 10 }], rpm: 60, enabled: false },
  ],
  backends: {
    openai: {
      models: {
        'gpt-4o': {
          id: 'gpt-4o',
          endpoints: ['openai-default', { endpoint_id: 'multi', model_id: 'gpt-4o-2024', rpm: 5 }],
          context_length: 128000,
        },
      },
    },
  },
};

function issuesOf(input: unknown): string[] {
  try {
    parseSettings(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ConfigError');
}

describe('parseSettings', () => {
  it('normalises endpoints, keys and model endpoint references', () => {
    const s = parseSettings(valid);
    const ep = s.endpoints.get('openai-default');
    expect(ep?.apiBase).toBe('https://api.openai.com/v1');
    expect(s.endpoints.get('multi')?.keys.map((k) => [k.id, k.weight, k.rpm])).toEqual([
      ['multi#1', 1, undefined],
      ['multi#2', 3, 10],
    ]);
    const model = s.backends.openai?.models['gpt-4o'];
    expect(model?.endpoints).toEqual([
      { endpointId: 'openai-default', modelId: 'gpt-4o', rpm: undefined, tpm: undefined, concurrentRequests: undefined, weight: 1 },
      { endpointId: 'multi', modelId: 'gpt-4o-2024', rpm: 5, tpm: undefined, concurrentRequests: undefined, weight: 1 },
    ]);
    expect(model?.functionCallAvailable).toBe(true);
  });

  it('names the path of an unknown endpoint reference', () => {
    const bad = structuredClone(valid) as typeof valid;
    (bad.backends.openai.models['gpt-4o'].endpoints as unknown[])[0] = 'x';
    expect(issuesOf(bad)).toEqual(['backends.openai.models.gpt-4o.endpoints[0]: unknown endpoint "x" (configured: openai-default, multi)']);
  });

  it('names the path and value of type errors, duplicate ids and unknown backends', () => {
    expect(issuesOf({ endpoints: [{ id: 'a', rpm: 'fast' }] })[0]).toMatch(/^endpoints\[0\]\.rpm: .*\(got "fast"\)/);
    expect(issuesOf({ endpoints: [{ id: 'a' }, { id: 'a' }] })).toEqual(['endpoints[1].id: duplicate endpoint id "a"']);
    expect(issuesOf({ backends: { openia: { models: {} } } })[0]).toMatch(
      /^backends\.openia: unknown backend "openia"; expected one of: openai, anthropic/,
    );
    expect(issuesOf({ VERSION: '1' })).toEqual(['VERSION: only VERSION "2" is supported (got "1")']);
    expect(issuesOf('nope')).toEqual([': settings must be an object, got "nope"']);
  });

  it('warns about unknown fields instead of failing (vv-llm settings keep loading)', () => {
    const s = parseSettings({ endpoints: [{ id: 'a', is_azure: false, colour: 'blue' }] });
    expect(s.warnings).toEqual(['endpoints[0].colour: unknown field, ignored']);
  });

  it('maps vv-llm cloud flags and endpoint_type aliases to endpoint kinds', () => {
    const s = parseSettings({
      endpoints: [
        { id: 'az', is_azure: true },
        { id: 'vx', endpoint_type: 'anthropic_vertex' },
        { id: 'br', is_bedrock: true },
      ],
    });
    expect([...s.endpoints.values()].map((e) => e.kind)).toEqual(['azure_openai', 'vertex_anthropic', 'bedrock']);
  });

  it('settings.load installs settings globally and notifies listeners', () => {
    let seen = 0;
    const off = settings.onChange(() => seen++);
    settings.load(valid);
    expect(settings.get().backends.openai?.models['gpt-4o']).toBeDefined();
    off();
    settings.reset();
    expect(seen).toBe(1);
  });
});

describe('interpolateEnv', () => {
  it('replaces ${VAR} and ${VAR:-default}, and names the path of a missing variable', () => {
    const env = { KEY: 'sk-x' };
    expect(interpolateEnv({ a: ['${KEY}', 'pre-${NOPE:-dflt}'] }, env)).toEqual({ a: ['sk-x', 'pre-dflt'] });
    expect(() => interpolateEnv({ endpoints: [{ api_key: '${MISSING}' }] }, env)).toThrow(
      'endpoints[0].api_key: environment variable ${MISSING} is not set',
    );
  });
});

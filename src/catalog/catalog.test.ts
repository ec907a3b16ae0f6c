import { describe, expect, it } from 'vitest';
import { PRESETS } from '../providers/presets.js';
import { BACKEND_TYPES } from '../settings/backend-type.js';
import { parseSettings } from '../settings/parse-settings.js';
import { BUILTIN_MODELS, CATALOG_DATE } from './builtin-models.js';
import { getModelInfo, listCatalogModels } from './get-model-info.js';
import { mergeWithSettings } from './merge-with-settings.js';
import { idCandidates } from './model-catalog.js';

describe('built-in catalog', () => {
  it('is dated', () => {
    expect(CATALOG_DATE).toMatch(/^\d{4}-\d{2}$/);
  });

  it('contains every preset default model under its own backend', () => {
    for (const preset of Object.values(PRESETS)) {
      for (const id of preset.defaultModels) {
        const info = getModelInfo(preset.backend, id);
        expect(info, `${preset.backend}/${id}`).toBeDefined();
        expect(info?.id).toBe(id);
        expect(listCatalogModels(preset.backend).some((m) => m.id === id)).toBe(true);
      }
    }
  });

  it('covers every vendor backend (cloud deployments fall through to the origin)', () => {
    for (const backend of BACKEND_TYPES) {
      if (backend === 'azure_openai' || backend === 'vertex' || backend === 'bedrock') continue;
      expect(listCatalogModels(backend).length, backend).toBeGreaterThan(0);
    }
  });

  it('has consistent, plausible rows', () => {
    const seen = new Set<string>();
    for (const m of BUILTIN_MODELS) {
      for (const id of [m.id, ...m.aliases]) {
        const k = `${m.backend}/${id.toLowerCase()}`;
        expect(seen.has(k), `duplicate ${k}`).toBe(false);
        seen.add(k);
      }
      if (m.contextWindow !== undefined) expect(m.contextWindow).toBeGreaterThan(1000);
      if (m.maxOutputTokens !== undefined && m.contextWindow !== undefined) expect(m.maxOutputTokens).toBeLessThanOrEqual(m.contextWindow);
      for (const v of Object.values(m.pricing ?? {})) {
        if (typeof v === 'number') expect(v).toBeGreaterThanOrEqual(0);
      }
      if (m.pricing?.cache_read !== undefined && m.pricing.input !== undefined)
        expect(m.pricing.cache_read).toBeLessThanOrEqual(m.pricing.input);
      expect(m.source.length).toBeGreaterThan(3);
    }
  });

  it('carries the documented facts for flagship models', () => {
    expect(getModelInfo('openai', 'gpt-5.5')).toMatchObject({
      contextWindow: 1_050_000,
      maxOutputTokens: 128_000,
      tokenizer: 'o200k',
      pricing: { input: 5, output: 30, cache_read: 0.5, longContext: { threshold: 272_000 } },
    });
    expect(getModelInfo('anthropic', 'claude-sonnet-5')?.pricing).toEqual({ input: 2, output: 10, cache_read: 0.2, cache_write: 2.5 });
    expect(getModelInfo('anthropic', 'claude-haiku-4-5')).toMatchObject({ contextWindow: 200_000, maxOutputTokens: 64_000 });
    expect(getModelInfo('xai', 'grok-4.3')?.pricing).toMatchObject({ input: 1.25, output: 2.5 });
    expect(getModelInfo('zhipuai', 'glm-5.2')).toMatchObject({ contextWindow: 1_000_000, tokenizer: 'estimate' });
    // Unknown prices stay unknown.
    expect(getModelInfo('qwen', 'qwen3-max')?.pricing).toBeUndefined();
  });
});

describe('lookup', () => {
  it('resolves dated snapshots and decorations to the base entry', () => {
    expect(getModelInfo('anthropic', 'claude-haiku-4-5-20251001')?.id).toBe('claude-haiku-4-5');
    expect(getModelInfo('anthropic', 'claude-sonnet-5-20261101')?.id).toBe('claude-sonnet-5');
    expect(getModelInfo('openai', 'gpt-5.4-mini-2026-03-17')?.id).toBe('gpt-5.4-mini');
    expect(getModelInfo('openai', 'gpt-4o-2024-11-20')?.id).toBe('gpt-4o');
    expect(getModelInfo('openai', 'GPT-5.5')?.id).toBe('gpt-5.5');
    expect(getModelInfo('gemini', 'models/gemini-3.5-flash')?.id).toBe('gemini-3.5-flash');
  });

  it('does not confuse distinct models that share a prefix', () => {
    expect(getModelInfo('openai', 'gpt-5.5-pro')?.id).toBe('gpt-5.5-pro');
    expect(getModelInfo('openai', 'gpt-5.5-turbo-ultra')).toBeUndefined();
    expect(getModelInfo('openai', 'no-such-model')).toBeUndefined();
  });

  it('re-homes cloud deployments on the origin entry, keeping list prices', () => {
    const azure = getModelInfo('azure_openai', 'gpt-5.5');
    expect(azure).toMatchObject({ id: 'gpt-5.5', backend: 'azure_openai', pricing: { input: 5 } });
    const bedrock = getModelInfo('bedrock', 'us.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(bedrock).toMatchObject({ id: 'claude-haiku-4-5', backend: 'bedrock', pricing: { input: 1, output: 5 } });
    expect(getModelInfo('vertex', 'claude-haiku-4-5@20251001')?.id).toBe('claude-haiku-4-5');
    expect(getModelInfo('vertex', 'gemini-3.5-flash')?.pricing?.input).toBe(1.5);
  });

  it('keeps limits but drops prices on resellers with their own price lists', () => {
    const hosted = getModelInfo('groq', 'deepseek-v4-pro');
    expect(hosted).toMatchObject({ backend: 'groq', contextWindow: 1_000_000 });
    expect(hosted?.pricing).toBeUndefined();
    expect(getModelInfo('openrouter', 'openai/gpt-5.5')?.pricing?.input).toBe(5);
  });

  it('lists candidate spellings most specific first', () => {
    expect(getModelInfo('local', 'llama3.3:70b')?.id).toBe('llama3.3');
    expect(idCandidates('openai/gpt-4o-2024-11-20:free')).toEqual([
      'openai/gpt-4o-2024-11-20:free',
      'openai/gpt-4o-2024-11-20',
      'gpt-4o-2024-11-20',
      'openai/gpt-4o',
      'gpt-4o',
    ]);
  });
});

describe('mergeWithSettings', () => {
  const settings = parseSettings({
    VERSION: '2',
    backends: {
      openai: {
        models: {
          'house-gpt': { id: 'gpt-5.5', context_length: 300_000, pricing: { input: 4 }, aliases: ['smart'] },
          'gpt-5.4-mini': { function_call_available: false },
        },
      },
      local: {
        models: { 'qwen-local': { id: 'qwen3:32b', context_length: 32_768, native_multimodal: false, pricing: { input: 0, output: 0 } } },
      },
    },
  });
  const catalog = mergeWithSettings(settings);

  it('overrides built-in facts with explicit settings and keeps the rest', () => {
    const m = catalog.get('openai', 'house-gpt');
    expect(m).toMatchObject({
      id: 'house-gpt',
      upstreamId: 'gpt-5.5',
      origin: 'catalog+settings',
      contextWindow: 300_000,
      maxOutputTokens: 128_000,
    });
    // Input price overridden, other prices inherited, the vendor's long-context tier dropped.
    expect(m?.pricing).toEqual({ input: 4, output: 30, cache_read: 0.5 });
    expect(catalog.get('openai', 'smart')?.id).toBe('house-gpt');
    expect(catalog.get('openai', 'gpt-5.5')?.id).toBe('house-gpt');
  });

  it('respects explicit capability flags but not parser defaults', () => {
    const mini = catalog.get('openai', 'gpt-5.4-mini');
    expect(mini?.capabilities.tools).toBe(false);
    // native_multimodal was not given: the catalog's `vision: true` stands.
    expect(mini?.capabilities.vision).toBe(true);
  });

  it('adds models the catalog does not know', () => {
    expect(catalog.get('local', 'qwen-local')).toMatchObject({
      origin: 'settings',
      contextWindow: 32_768,
      tokenizer: 'qwen3',
      pricing: { input: 0, output: 0 },
    });
    expect(catalog.get('local', 'qwen3:32b')?.id).toBe('qwen-local');
  });

  it('leaves the built-in catalog untouched', () => {
    expect(getModelInfo('openai', 'gpt-5.5')?.contextWindow).toBe(1_050_000);
    expect(catalog.get('anthropic', 'claude-sonnet-5')?.origin).toBe('catalog');
    expect(catalog.date).toBe(CATALOG_DATE);
  });
});

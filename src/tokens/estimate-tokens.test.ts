import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from './estimate-tokens.js';
import { loadTokenizer } from './tokenizer-registry.js';

function fixture(name: string): string[] {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8').split('\n---\n');
}

describe('estimateTokens', () => {
  it('is zero only for empty text', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens(' ')).toBe(1);
    expect(estimateTokens('a')).toBe(1);
  });

  it('prices Chinese per character and English per word', () => {
    // 10 Han characters ≈ 6–7 tokens; 10 short English words ≈ 10 tokens.
    expect(estimateTokens('大语言模型网关稳定性')).toBe(7);
    expect(estimateTokens('the cat sat on the mat and it was fine')).toBe(10);
    // Long words cost more than short ones.
    expect(estimateTokens('antidisestablishmentarianism')).toBeGreaterThan(estimateTokens('cat'));
  });

  it('handles digits, punctuation, emoji and other scripts', () => {
    expect(estimateTokens('12345')).toBe(4);
    expect(estimateTokens('你好，世界！')).toBe(5);
    expect(estimateTokens('👋🌍')).toBe(4);
    expect(estimateTokens('Привет мир')).toBeGreaterThan(2);
    expect(estimateTokens('→ × ±')).toBe(3);
  });

  it('is deterministic and additive-ish over concatenation', () => {
    const a = '混合 mixed 文本 text 123';
    expect(estimateTokens(a)).toBe(estimateTokens(a));
    expect(Math.abs(estimateTokens(a + a) - 2 * estimateTokens(a))).toBeLessThanOrEqual(2);
  });
});

/**
 * Accuracy against real tokenizers on the mixed Chinese/English corpora. `mixed-zh-en.txt` was
 * used to pick the weights; `holdout-zh-en.txt` was written afterwards and never tuned on.
 * docs/tokens.md records the full table. The bounds here are guards against regressions.
 */
describe('estimate accuracy on mixed Chinese/English text', () => {
  const targets = ['o200k', 'deepseek_v3', 'qwen3'] as const;

  it.each(['mixed-zh-en.txt', 'holdout-zh-en.txt'])('%s', async (file) => {
    const segments = fixture(file);
    const tokenizers = await Promise.all(targets.map((f) => loadTokenizer(f)));
    const reference = segments.map((s) => tokenizers.reduce((sum, t) => sum + t.count(s), 0) / tokenizers.length);
    const estimates = segments.map(estimateTokens);
    const errors = segments.map((_, i) => (estimates[i] - reference[i]) / reference[i]);
    const mape = errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
    const total = (estimates.reduce((a, b) => a + b, 0) - reference.reduce((a, b) => a + b, 0)) / reference.reduce((a, b) => a + b, 0);
    expect(Math.abs(total)).toBeLessThan(0.06);
    expect(mape).toBeLessThan(0.08);
    for (const e of errors) expect(Math.abs(e)).toBeLessThan(0.2);
  });
});

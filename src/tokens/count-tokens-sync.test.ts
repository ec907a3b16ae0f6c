import { beforeAll, describe, expect, it } from 'vitest';
import { countTokensDetailedSync, countTokensSync } from './get-token-counts.js';
import { loadedTokenizerFamilies, preloadTokenizer } from './tokenizer-registry.js';

// Own file: needs a process where no tokenizer has been loaded yet.
describe('countTokensSync', () => {
  beforeAll(async () => {
    expect(loadedTokenizerFamilies()).not.toContain('cl100k');
  });

  it('estimates until the tokenizer is loaded, then counts exactly', async () => {
    const text = 'antidisestablishmentarianism';
    const before = countTokensDetailedSync(text, 'gpt-3.5-turbo');
    expect(before).toMatchObject({ family: 'cl100k', estimated: true });
    expect(await preloadTokenizer('gpt-3.5-turbo')).toBe('cl100k');
    expect(countTokensSync(text, 'gpt-3.5-turbo')).toBe(6);
    expect(countTokensDetailedSync(text, 'gpt-3.5-turbo').estimated).toBe(false);
  });

  it('accepts a family name in preloadTokenizer', async () => {
    expect(await preloadTokenizer('o200k')).toBe('o200k');
    expect(loadedTokenizerFamilies()).toContain('o200k');
  });
});

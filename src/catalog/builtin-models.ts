import { OPENROUTER_MODELS, SILICONFLOW_MODELS } from './data/aggregators.js';
import { ANTHROPIC_MODELS } from './data/anthropic.js';
import { BAICHUAN_MODELS, DOUBAO_MODELS, ERNIE_MODELS, HUNYUAN_MODELS, STEPFUN_MODELS, YI_MODELS } from './data/china-others.js';
import { DEEPSEEK_MODELS } from './data/deepseek.js';
import { GEMINI_MODELS } from './data/gemini.js';
import { GROQ_MODELS, LOCAL_MODELS, MISTRAL_MODELS, XAI_MODELS } from './data/global-others.js';
import { MINIMAX_MODELS } from './data/minimax.js';
import { MOONSHOT_MODELS } from './data/moonshot.js';
import { OPENAI_MODELS } from './data/openai.js';
import { QWEN_MODELS } from './data/qwen.js';
import { ZHIPU_MODELS } from './data/zhipuai.js';
import type { ModelInfo } from './model-info.js';

/**
 * When the built-in facts were collected. Prices and limits move monthly: users override them in
 * settings (`backends.<b>.models.<m>.pricing`, `context_length`, `max_output_tokens`).
 */
export const CATALOG_DATE = '2026-11';

/**
 * Every built-in entry. Azure OpenAI, Vertex AI and Bedrock have no rows of their own: lookups
 * there fall through to the origin vendor (see ModelCatalog.get).
 */
export const BUILTIN_MODELS: readonly ModelInfo[] = [
  ...OPENAI_MODELS,
  ...ANTHROPIC_MODELS,
  ...GEMINI_MODELS,
  ...DEEPSEEK_MODELS,
  ...QWEN_MODELS,
  ...MOONSHOT_MODELS,
  ...ZHIPU_MODELS,
  ...MINIMAX_MODELS,
  ...BAICHUAN_MODELS,
  ...STEPFUN_MODELS,
  ...YI_MODELS,
  ...ERNIE_MODELS,
  ...HUNYUAN_MODELS,
  ...DOUBAO_MODELS,
  ...GROQ_MODELS,
  ...MISTRAL_MODELS,
  ...XAI_MODELS,
  ...LOCAL_MODELS,
  ...OPENROUTER_MODELS,
  ...SILICONFLOW_MODELS,
];

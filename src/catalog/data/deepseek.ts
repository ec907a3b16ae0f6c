import { defineModels } from '../define-models.js';

/**
 * api-docs.deepseek.com/quick_start/pricing (English page as of 2026-05-22; shared/providers.md
 * reads the newer zh page): both V4 models have 1M context and up to 384K output, JSON output and
 * tool calls; thinking is on by default; caching is automatic. Prices per 1M tokens: flash cache
 * hit $0.0028 / miss $0.14 / output $0.28; pro $0.003625 / $0.435 / $0.87. Beijing off-peak
 * discounts are not modelled. `deepseek-chat` / `deepseek-reasoner` are served by the flash model
 * (non-thinking / thinking) until their retirement. Image input exists only on the flash model.
 */
const FLASH_PRICE = { input: 0.14, cache_read: 0.0028, output: 0.28 };

export const DEEPSEEK_MODELS = defineModels('deepseek', 'DeepSeek models & pricing page', [
  {
    id: 'deepseek-v4-pro',
    ctx: 1_000_000,
    out: 384_000,
    caps: ['tools', 'json', 'reasoning', 'cache'],
    pricing: { input: 0.435, cache_read: 0.003625, output: 0.87 },
  },
  {
    id: 'deepseek-flash',
    ctx: 1_000_000,
    out: 384_000,
    caps: ['tools', 'vision', 'json', 'reasoning', 'cache'],
    aliases: ['deepseek-v4-flash'],
    pricing: FLASH_PRICE,
  },
  {
    id: 'deepseek-chat',
    ctx: 1_000_000,
    out: 384_000,
    caps: ['tools', 'json', 'cache'],
    pricing: FLASH_PRICE,
    notes: 'Legacy alias of deepseek-flash (non-thinking); retirement announced.',
  },
  {
    id: 'deepseek-reasoner',
    ctx: 1_000_000,
    out: 384_000,
    caps: ['tools', 'json', 'reasoning', 'cache'],
    pricing: FLASH_PRICE,
    notes: 'Legacy alias of deepseek-flash (thinking); retirement announced.',
  },
]);

import { defineModels } from '../define-models.js';

/**
 * Limits: vv-llm `types/defaults/moonshot.py` (kimi-k3 1,048,576; K2.x 256K) and Moonshot's pricing
 * page (kimi-k2.5: 262,144 tokens). International USD prices per 1M tokens: kimi-k2.5 $0.60 miss /
 * $0.10 hit / $3.00 out (platform.moonshot.ai pricing page, archived 2026-03); kimi-k2.6
 * $0.95 / $0.16 / $4.00 and kimi-k2.7-code $0.95 / $0.19 / $4.00 (Kimi pricing as summarised by
 * a 2026-06 third-party guide). kimi-k3 prices were not published in our sources.
 */
const KIMI = ['tools', 'vision', 'json', 'reasoning', 'cache'] as const;

export const MOONSHOT_MODELS = defineModels('moonshot', 'Moonshot/Kimi platform docs; vv-llm defaults', [
  { id: 'kimi-k3', ctx: 1_048_576, caps: KIMI },
  { id: 'kimi-k2.6', ctx: 262_144, caps: KIMI, pricing: { input: 0.95, cache_read: 0.16, output: 4 } },
  { id: 'kimi-k2.7-code', ctx: 262_144, caps: KIMI, pricing: { input: 0.95, cache_read: 0.19, output: 4 } },
  { id: 'kimi-k2.7-code-highspeed', ctx: 262_144, caps: KIMI },
  { id: 'kimi-k2.5', ctx: 262_144, caps: KIMI, pricing: { input: 0.6, cache_read: 0.1, output: 3 }, notes: 'Possibly retired.' },
  { id: 'moonshot-v1-128k', ctx: 131_072, caps: ['tools', 'json'] },
  { id: 'moonshot-v1-32k', ctx: 32_768, caps: ['tools', 'json'] },
  { id: 'moonshot-v1-8k', ctx: 8_192, caps: ['tools', 'json'] },
]);

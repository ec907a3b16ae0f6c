import { defineModels } from '../define-models.js';

/**
 * vv-llm `types/defaults/minimax.py` (2026-08): MiniMax-M3 1,000,000 context with image input,
 * the M2.x line 204,800; 10,240 default output. MiniMax accepts `cache_control` (prompt caching).
 * Prices unverified in our sources.
 */
const M2 = ['tools', 'json', 'reasoning', 'cache'] as const;

export const MINIMAX_MODELS = defineModels('minimax', 'vv-llm minimax defaults; MiniMax docs', [
  { id: 'MiniMax-M3', ctx: 1_000_000, out: 10_240, caps: ['tools', 'vision', 'json', 'reasoning', 'cache'] },
  { id: 'MiniMax-M2.7', ctx: 204_800, out: 10_240, caps: M2 },
  { id: 'MiniMax-M2.7-highspeed', ctx: 204_800, out: 10_240, caps: M2 },
  { id: 'MiniMax-M2.5', ctx: 204_800, out: 10_240, caps: M2 },
  { id: 'MiniMax-M2.5-highspeed', ctx: 204_800, out: 10_240, caps: M2 },
  { id: 'MiniMax-M2.1', ctx: 204_800, out: 10_240, caps: M2 },
]);

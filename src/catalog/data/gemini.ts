import { defineModels } from '../define-models.js';

/**
 * Limits: vv-llm `types/defaults/gemini.py` (2026-08): 1,048,576 context and 65,536 output across
 * the 2.5 / 3.x pro, flash and flash-lite models. Prices (paid tier, text): Gemini API pricing page —
 * gemini-3-flash-preview $0.50/$3.00, cache $0.05 (quoted verbatim by factquire.com, 2026-07);
 * Gemini 3.5 Flash $1.50/$9.00, cache $0.15 (I/O 2026 launch, as reported by several write-ups);
 * Gemini 3.1 Flash-Lite $0.25/$1.50 (third-party comparison, 2026-03); the 2.5 rows as published in
 * 2025. Gemini 3.1 Pro is omitted from pricing: sources disagree.
 */
const GEMINI = ['tools', 'vision', 'json', 'reasoning', 'cache'] as const;

export const GEMINI_MODELS = defineModels('gemini', 'Gemini API models & pricing; vv-llm defaults', [
  { id: 'gemini-3.5-flash', ctx: 1_048_576, out: 65_536, caps: GEMINI, pricing: { input: 1.5, cache_read: 0.15, output: 9 } },
  {
    id: 'gemini-3.5-flash-lite',
    ctx: 1_048_576,
    out: 65_536,
    caps: GEMINI,
    notes: 'Limits assumed equal to gemini-3.1-flash-lite (unverified); price unpublished at catalog date.',
  },
  { id: 'gemini-3.1-pro-preview', ctx: 1_048_576, out: 65_536, caps: GEMINI },
  {
    id: 'gemini-3.1-flash-lite',
    ctx: 1_048_576,
    out: 65_536,
    caps: GEMINI,
    aliases: ['gemini-3.1-flash-lite-preview'],
    pricing: { input: 0.25, output: 1.5 },
  },
  {
    id: 'gemini-3-flash-preview',
    ctx: 1_048_576,
    out: 65_536,
    caps: GEMINI,
    aliases: ['gemini-3-flash'],
    pricing: { input: 0.5, cache_read: 0.05, output: 3 },
  },
  { id: 'gemini-3-pro-preview', ctx: 1_048_576, out: 65_536, caps: GEMINI, aliases: ['gemini-3-pro'] },
  {
    id: 'gemini-2.5-pro',
    ctx: 1_048_576,
    out: 65_536,
    caps: GEMINI,
    pricing: { input: 1.25, cache_read: 0.31, output: 10, longContext: { threshold: 200_000, input: 2.5, cache_read: 0.625, output: 15 } },
  },
  { id: 'gemini-2.5-flash', ctx: 1_048_576, out: 65_536, caps: GEMINI, pricing: { input: 0.3, cache_read: 0.075, output: 2.5 } },
  { id: 'gemini-2.5-flash-lite', ctx: 1_048_576, out: 65_536, caps: GEMINI, pricing: { input: 0.1, cache_read: 0.025, output: 0.4 } },
]);

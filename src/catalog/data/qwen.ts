import { defineModels } from '../define-models.js';

/**
 * Limits and capabilities: vv-llm `types/defaults/qwen.py` (2026-08) and shared/providers.md
 * (qwen3-max 262,144; qwen3-coder-* 1M). DashScope prices are tiered by prompt length and quoted in
 * CNY, so no USD prices are asserted here; set `pricing` in settings to track cost.
 */
const THINKING = ['tools', 'json', 'reasoning', 'cache'] as const;

export const QWEN_MODELS = defineModels('qwen', 'vv-llm qwen defaults; DashScope docs', [
  { id: 'qwen3-max', ctx: 262_144, out: 32_768, caps: THINKING, aliases: ['qwen3-max-preview'] },
  { id: 'qwen3.7-max', ctx: 1_000_000, out: 65_536, caps: THINKING },
  { id: 'qwen3.6-plus', ctx: 1_000_000, out: 65_536, caps: ['tools', 'vision', 'json', 'reasoning', 'cache'] },
  { id: 'qwen3.6-flash', ctx: 1_000_000, out: 65_536, caps: ['tools', 'vision', 'json', 'reasoning', 'cache'] },
  { id: 'qwen-plus', ctx: 131_072, out: 8_192, caps: THINKING, notes: 'Rolling alias; limits from vv-llm, may lag the current snapshot.' },
  { id: 'qwen-flash', caps: THINKING, notes: 'Rolling alias; limits unpublished in our sources.' },
  { id: 'qwen3-coder-plus', ctx: 1_000_000, out: 65_536, caps: ['tools', 'json', 'cache'] },
  { id: 'qwen3-coder-flash', ctx: 1_000_000, out: 65_536, caps: ['tools', 'json', 'cache'] },
  { id: 'qwen3-vl-plus', ctx: 262_144, out: 32_768, caps: ['tools', 'vision', 'reasoning'] },
  { id: 'qwen3.5-397b-a17b', ctx: 262_144, out: 65_536, caps: ['tools', 'vision', 'json', 'reasoning'] },
  { id: 'qwq-plus', caps: ['reasoning'], notes: 'Reasoning model; limits unpublished in our sources.' },
]);

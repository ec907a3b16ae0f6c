import { defineModels } from '../define-models.js';

/**
 * Smaller Chinese vendors. Sources: vv-llm `types/defaults/{baichuan,stepfun,yi,ernie}.py`
 * (2026-08) and shared/providers.md (StepFun 256K contexts; Baichuan4 family 32K/4K per a
 * third-party config; Doubao seed 2.0 lite 262,144). Prices are CNY-only or unverified, so unset.
 */

export const BAICHUAN_MODELS = defineModels('baichuan', 'vv-llm baichuan defaults; third-party configs', [
  { id: 'Baichuan4-Turbo', ctx: 32_768, out: 4_096, caps: ['tools', 'json'] },
  { id: 'Baichuan4', ctx: 32_768, out: 2_048, caps: ['tools', 'json'] },
  {
    id: 'Baichuan4-Air',
    ctx: 32_768,
    out: 4_096,
    caps: ['tools', 'json'],
    notes: '¥0.98 per M tokens per a third-party config (CNY; not converted).',
  },
  { id: 'Baichuan3-Turbo', caps: ['tools'] },
  { id: 'Baichuan3-Turbo-128k', ctx: 131_072, caps: ['tools'] },
]);

export const STEPFUN_MODELS = defineModels('stepfun', 'platform.stepfun.com docs; vv-llm stepfun defaults', [
  { id: 'step-3.7-flash', ctx: 256_000, caps: ['tools', 'vision', 'json', 'reasoning'] },
  {
    id: 'step-3.5-flash',
    ctx: 256_000,
    caps: ['tools', 'json', 'reasoning'],
    aliases: ['step-3.5-flash-2603'],
    notes: 'Resellers list ≈$0.10 in / $0.30 out per M; not a StepFun list price, so not used.',
  },
  { id: 'step-3', ctx: 65_536, caps: ['tools', 'vision', 'reasoning'] },
  { id: 'step-r1-v-mini', caps: ['vision', 'reasoning'] },
]);

export const YI_MODELS = defineModels('yi', 'vv-llm yi defaults', [
  { id: 'yi-lightning', ctx: 16_000, out: 4_096, caps: [] },
  { id: 'yi-vision-v2', ctx: 16_000, out: 2_000, caps: ['vision'] },
]);

export const ERNIE_MODELS = defineModels('ernie', 'vv-llm ernie defaults; Qianfan docs', [
  { id: 'ernie-5.0', ctx: 128_000, out: 65_536, caps: ['vision', 'json'] },
  { id: 'ernie-5.0-thinking-preview', caps: ['reasoning'], notes: 'Thinks by default (enable_thinking=true).' },
  { id: 'ernie-4.5-turbo-128k', ctx: 128_000, out: 65_536, caps: ['json'] },
  { id: 'ernie-speed-128k', ctx: 126_976, out: 4_096, caps: [], aliases: ['ernie-speed'] },
  { id: 'ernie-lite', ctx: 6_144, out: 2_048, caps: [], aliases: ['ernie-lite-8k'] },
]);

export const HUNYUAN_MODELS = defineModels('hunyuan', 'Tencent Hunyuan OpenAI-compatible docs (limits unverified)', [
  { id: 'hunyuan-turbos-latest', caps: ['tools'] },
  { id: 'hunyuan-t1-latest', caps: ['reasoning'] },
  { id: 'hunyuan-2.0-thinking-20251109', caps: ['tools', 'reasoning'] },
  { id: 'hunyuan-2.0-instruct-20251111', caps: ['tools'] },
  { id: 'hunyuan-lite', caps: [] },
]);

export const DOUBAO_MODELS = defineModels('doubao', 'Volcengine Ark model ids from third-party configs', [
  { id: 'doubao-seed-2-1-pro-260628', caps: ['tools', 'vision', 'json', 'reasoning'] },
  { id: 'doubao-seed-2-0-pro-260215', caps: ['tools', 'vision', 'json', 'reasoning'] },
  {
    id: 'doubao-seed-2-0-lite-260215',
    ctx: 262_144,
    caps: ['tools', 'vision', 'json', 'reasoning'],
    aliases: ['doubao-seed-2-0-lite-260428'],
  },
  { id: 'doubao-seed-2-0-mini-260428', caps: ['tools', 'json', 'reasoning'] },
  { id: 'doubao-seed-1-8-251228', caps: ['tools', 'vision', 'json', 'reasoning'] },
]);

import { defineModels } from '../define-models.js';

/**
 * vv-llm `types/defaults/zhipuai.py` (2026-08): glm-5.2 1M context, GLM-4.6+/5.x 200K with 128K
 * output, glm-4.5-flash 128K/96K. Thinking is on by default for GLM-4.5+ (docs.bigmodel.cn
 * "深度思考"). Prices are published in CNY and unverified in USD, so left unset.
 */
const GLM = ['tools', 'json', 'reasoning'] as const;

export const ZHIPU_MODELS = defineModels('zhipuai', 'vv-llm zhipuai defaults; docs.bigmodel.cn', [
  { id: 'glm-5.2', ctx: 1_000_000, out: 128_000, caps: GLM },
  { id: 'glm-5.1', ctx: 200_000, out: 128_000, caps: GLM },
  { id: 'glm-5', ctx: 200_000, out: 128_000, caps: GLM },
  { id: 'glm-5-turbo', ctx: 200_000, out: 128_000, caps: GLM },
  { id: 'glm-5v-turbo', ctx: 200_000, out: 128_000, caps: ['tools', 'vision', 'json', 'reasoning'] },
  { id: 'glm-4.7', ctx: 200_000, out: 128_000, caps: GLM },
  { id: 'glm-4.7-flash', ctx: 200_000, out: 128_000, caps: GLM, notes: 'Free/cheap tier (pricing unverified).' },
  { id: 'glm-4.5-flash', ctx: 128_000, out: 96_000, caps: GLM, notes: 'Free/cheap tier (pricing unverified).' },
]);

import type { Deployment } from '../client/deployment.js';
import { computeCost, hasPricing } from '../cost/compute-cost.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult, Cost } from '../spec/chat-result.js';

/**
 * Cheap prompt-size estimate for context checks and TPM admission: ~4 chars per token for Latin
 * text, ~1 token per CJK character, plus framing. Exact counts come from src/tokens when needed;
 * this runs on every attempt and must stay in the microsecond range.
 */
export function defaultEstimatePromptTokens(request: ChatRequest, _deployment: Deployment): number {
  let tokens = 3;
  for (const m of request.messages) {
    tokens += 4;
    const c = m.content;
    if (typeof c === 'string') tokens += estimateText(c);
    else if (Array.isArray(c)) for (const p of c) tokens += p.type === 'text' ? estimateText(p.text) : 765;
  }
  if (request.tools) tokens += estimateText(JSON.stringify(request.tools));
  return tokens;
}

function estimateText(text: string): number {
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3000 && code <= 0x9fff) cjk++;
  }
  return cjk + Math.ceil((text.length - cjk) / 4);
}

/** Cost from the model's prices: settings `pricing` first, else the built-in catalog's. */
export function defaultCostOf(result: ChatResult, deployment: Deployment): Cost | undefined {
  const pricing = deployment.model.pricing;
  return hasPricing(pricing) ? computeCost(result.usage, pricing) : undefined;
}

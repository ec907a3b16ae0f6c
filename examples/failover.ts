/**
 * StableLLM with failover across providers: the seed's service order (Anthropic → OpenAI →
 * Gemini), per-attempt timeout, circuit breakers. Every result lists its attempts, so you see
 * when a rate-limited or dead provider was skipped; getServiceStatus() shows breaker state.
 *
 *   ANTHROPIC_API_KEY=… OPENAI_API_KEY=… GEMINI_API_KEY=… npx tsx examples/failover.ts
 *
 * ANTHROPIC_BASE_URL / OPENAI_BASE_URL / GEMINI_BASE_URL override the API bases.
 */
import { pathToFileURL } from 'node:url';
import { type StableChatResult, StableLLM } from '../src/index.js';

const PROVIDERS = [
  { backend: 'anthropic', keyEnv: 'ANTHROPIC_API_KEY', baseEnv: 'ANTHROPIC_BASE_URL', model: 'claude-haiku-4-5' },
  { backend: 'openai', keyEnv: 'OPENAI_API_KEY', baseEnv: 'OPENAI_BASE_URL', model: 'gpt-5.4-mini' },
  { backend: 'gemini', keyEnv: 'GEMINI_API_KEY', baseEnv: 'GEMINI_BASE_URL', model: 'gemini-3.5-flash' },
] as const;

export async function main(prompt = 'Hello, how are you?'): Promise<StableChatResult> {
  const present = PROVIDERS.filter((p) => process.env[p.keyEnv]);
  if (present.length === 0) throw new Error(`set at least one of ${PROVIDERS.map((p) => p.keyEnv).join(', ')}`);
  const llm = new StableLLM({
    settings: {
      VERSION: '2',
      endpoints: present.map((p) => ({
        id: p.backend,
        api_key: process.env[p.keyEnv],
        ...(process.env[p.baseEnv] ? { api_base: process.env[p.baseEnv] } : {}),
      })),
      backends: Object.fromEntries(present.map((p) => [p.backend, { models: { [p.model]: { endpoints: [p.backend] } } }])),
    },
    serviceOrder: present.map((p) => p.backend),
    serviceTimeout: 10, // seconds per attempt, then the next provider
    failureThreshold: 3, // consecutive failures that open a provider's breaker
    coolDownPeriod: 60, // seconds before a half-open probe
    onFailover: (from) => console.log(`  failover: ${from.target} failed (${from.kind}${from.status ? ` ${from.status}` : ''})`),
  });

  const res = await llm.chat(prompt);
  console.log(res.raw_content);
  console.log(`answered by ${res.provider} (${res.target}) after ${res.attempts.length} attempt(s):`);
  for (const a of res.attempts) console.log(`  ${a.target}: ${a.outcome}${a.kind ? ` ${a.kind}` : ''} ${Math.round(a.latencyMs)} ms`);
  for (const [target, s] of Object.entries(llm.getServiceStatus())) {
    console.log(`  ${target}: ${s.state}, ${s.failure_count} failure(s)${s.available ? '' : ', unavailable'}`);
  }
  return res;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

/**
 * Simple chat: one question, one answer, through the resilient StableLLM facade.
 *
 *   OPENAI_API_KEY=sk-… npx tsx examples/simple-chat.ts "Explain quantum computing in one sentence"
 *
 * OPENAI_BASE_URL points it at any OpenAI-compatible server (a proxy, a local model, the test
 * fake). In your own project, import from 'stable-llm' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import { StableLLM } from '../src/index.js';

export async function main(prompt = process.argv[2] ?? 'Explain quantum computing in one sentence.'): Promise<string> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new Error('set OPENAI_API_KEY (and optionally OPENAI_BASE_URL)');
  const llm = new StableLLM({
    settings: {
      VERSION: '2',
      endpoints: [{ id: 'openai', api_base: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', api_key: apiKey }],
      backends: { openai: { models: { [process.env.OPENAI_MODEL ?? 'gpt-5.4-mini']: { endpoints: ['openai'] } } } },
    },
    serviceTimeout: 30,
  });
  const res = await llm.chat(prompt);
  console.log(res.raw_content);
  console.log(`— ${res.target}, ${res.usage.total_tokens} tokens`);
  return res.raw_content;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

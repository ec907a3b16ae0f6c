/**
 * Streaming: print the answer token by token with a per-model client (`createChatClient`).
 * Reasoning models stream `reasoning_content` before the answer; it is printed dimmed.
 *
 *   DEEPSEEK_API_KEY=sk-… npx tsx examples/streaming.ts
 *   OPENAI_API_KEY=sk-… STREAM_BACKEND=openai STREAM_MODEL=gpt-5.4-mini npx tsx examples/streaming.ts
 *
 * <BACKEND>_BASE_URL overrides the API base (e.g. DEEPSEEK_BASE_URL, OPENAI_BASE_URL).
 */
import { pathToFileURL } from 'node:url';
import { type BackendType, createChatClient, PRESETS } from '../src/index.js';

export async function main(
  prompt = process.argv[2] ?? 'Write a four-line poem about resilience.',
): Promise<{ content: string; reasoning: string }> {
  const backend = (process.env.STREAM_BACKEND ?? 'deepseek') as BackendType;
  const model = process.env.STREAM_MODEL ?? PRESETS[backend].defaultModels[0];
  const envPrefix = backend.toUpperCase();
  const apiKey = PRESETS[backend].keyEnv.map((name) => process.env[name]).find(Boolean);
  if (!apiKey) throw new Error(`set ${PRESETS[backend].keyEnv[0]}`);
  const client = createChatClient(backend, {
    model,
    settings: {
      VERSION: '2',
      endpoints: [
        {
          id: 'main',
          api_key: apiKey,
          ...(process.env[`${envPrefix}_BASE_URL`] ? { api_base: process.env[`${envPrefix}_BASE_URL`] } : {}),
        },
      ],
      backends: { [backend]: { models: { [model]: { endpoints: ['main'] } } } },
    },
  });
  let content = '';
  let reasoning = '';
  for await (const delta of client.createStream({ messages: [{ role: 'user', content: prompt }], max_tokens: 400 })) {
    if (delta.reasoning_content) {
      reasoning += delta.reasoning_content;
      process.stdout.write(`\x1b[2m${delta.reasoning_content}\x1b[22m`);
    }
    if (delta.content) {
      content += delta.content;
      process.stdout.write(delta.content);
    }
    if (delta.usage) process.stdout.write(`\n— ${delta.usage.prompt_tokens} in / ${delta.usage.completion_tokens} out tokens\n`);
  }
  return { content, reasoning };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

/**
 * The gateway from the official `openai` SDK: point `baseURL` at `stable-llm serve` and every
 * configured model (any provider, or a route name such as `smart`) is one OpenAI client away.
 *
 *   stable-llm serve --demo &          # or with your stable-llm.yaml
 *   STABLE_LLM_URL=http://127.0.0.1:8000 STABLE_LLM_MODEL=local/demo-chat npx tsx examples/gateway-openai-sdk.ts
 *
 * STABLE_LLM_KEY is sent as the bearer token when the gateway has a master key.
 */

import { pathToFileURL } from 'node:url';
import OpenAI from 'openai';

export async function main(): Promise<{ reply: string; streamed: string; servedBy: string | null }> {
  const baseURL = `${(process.env.STABLE_LLM_URL ?? 'http://127.0.0.1:8000').replace(/\/+$/, '')}/v1`;
  const client = new OpenAI({ baseURL, apiKey: process.env.STABLE_LLM_KEY ?? 'not-needed-without-master-key', maxRetries: 0 });
  const model = process.env.STABLE_LLM_MODEL ?? 'smart';

  // Non-streaming, with the raw response to read which backend served it.
  const { data, response } = await client.chat.completions
    .create({ model, messages: [{ role: 'user', content: 'Say hello in one short sentence.' }] })
    .withResponse();
  const reply = data.choices[0]?.message.content ?? '';
  const servedBy = response.headers.get('x-stable-llm-target') ?? response.headers.get('x-stable-llm-backend');
  console.log(reply, servedBy ? `(served by ${servedBy})` : '');

  // Streaming.
  let streamed = '';
  const stream = await client.chat.completions.create({ model, stream: true, messages: [{ role: 'user', content: 'Count to five.' }] });
  for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta.content ?? '';
    streamed += text;
    process.stdout.write(text);
  }
  process.stdout.write('\n');
  return { reply, streamed, servedBy };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
